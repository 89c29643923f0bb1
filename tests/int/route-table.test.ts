import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import config from '../../cms/payload.config'
import { asServer } from '../helpers/asUser'
import { testPayload } from '../helpers/payload'
import { logIn, rest } from '../helpers/rest'
import { routesOf, type Route } from '../helpers/routeTable'
import { actors, buildWorld, destroyWorld, type Actor, type World } from '../helpers/world'
import { customCases, type CustomCase } from './routes/customRoutes'
import { globalSubjects, type GlobalSubject } from './routes/globalSubjects'
import { changeOutcome, createOutcome, readOutcome, stored, UnexpectedAnswer, type Outcome } from './routes/outcomes'
import { pdfFile, subjects, type Subject } from './routes/subjects'

/**
 * The route table is the test: every REST route the resolved config exposes (Payload's own, its
 * internal collections', ours) is called by every role, and each answer must match a declared
 * outcome. A route without one fails the first test, so a route added by a Payload upgrade or a
 * new endpoint cannot go untested.
 */
const routes = routesOf(await config)

type Operation =
  | 'find'
  | 'findByID'
  | 'count'
  | 'create'
  | 'updateMany'
  | 'update'
  | 'deleteMany'
  | 'delete'
  | 'versions'
  | 'version'
  | 'restore'
  | 'duplicate'
  | 'access'
const collectionOperations: Record<string, Operation> = {
  'GET /': 'find',
  'GET /:id': 'findByID',
  'GET /count': 'count',
  'POST /': 'create',
  'PATCH /': 'updateMany',
  'PATCH /:id': 'update',
  'DELETE /': 'deleteMany',
  'DELETE /:id': 'delete',
  'GET /versions': 'versions',
  'GET /versions/:id': 'version',
  'POST /versions/:id': 'restore',
  'POST /:id/duplicate': 'duplicate',
  'POST /access/:id?': 'access',
}
type GlobalOperation = 'get' | 'update' | 'versions' | 'version' | 'restore' | 'access'
const globalOperations: Record<string, GlobalOperation> = {
  'GET /': 'get',
  'POST /': 'update',
  'GET /versions': 'versions',
  'GET /versions/:id': 'version',
  'POST /versions/:id': 'restore',
  'POST /access': 'access',
}

type Plan =
  | { kind: 'custom'; custom: CustomCase }
  | { kind: 'collection'; subject: Subject; operation: Operation }
  | { kind: 'global'; subject: GlobalSubject; operation: GlobalOperation }

/** How a route is tested, or null when nothing declares what it should answer. */
const planFor = (route: Route): Plan | null => {
  const custom = customCases.find((candidate) => candidate.route === route.key)
  if (custom) return { kind: 'custom', custom }
  const local = `${route.method} ${route.local}`
  if (route.owner.kind === 'collection') {
    const subject = subjects.find((candidate) => candidate.collection === route.owner.slug)
    const operation = collectionOperations[local]
    return subject && operation ? { kind: 'collection', subject, operation } : null
  }
  if (route.owner.kind === 'global') {
    const subject = globalSubjects.find((candidate) => candidate.slug === route.owner.slug)
    const operation = globalOperations[local]
    return subject && operation ? { kind: 'global', subject, operation } : null
  }
  return null
}

let payload: Payload
let world: World
const tokens: Partial<Record<Actor, string>> = {}

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload)
  for (const actor of actors) tokens[actor] = await freshSession(actor)()
  // A thread of the world's community for replies (the posts subject).
  await world.create('threads', {
    community: world.community,
    author: world.users.otherLearner.id,
    title: 'Existing',
    body: 'B',
  })
}, 600_000)

afterAll(async () => {
  await destroyWorld(payload, world)
})

const call = (actor: Actor, request: { method: string; path: string; body?: unknown; token?: string }) =>
  rest({ ...request, token: request.token ?? tokens[actor] })

const passwords: Record<Actor, string> = {
  anonymous: '',
  learner: 'learner',
  instructor: 'instructor',
  moderator: 'moderator',
  editor: 'editor',
  admin: 'admin',
}
const freshSession = (actor: Actor) => async () =>
  actor === 'anonymous' ? undefined : logIn(world.users[actor].email, `pw-${world.run}-${passwords[actor]}`)

/** An upload as the admin and the islands send it: a form with the document as JSON and the file. */
const sendForm = async (actor: Actor, path: string, data: Record<string, unknown>) => {
  const file = pdfFile(`upload-${Math.random().toString(36).slice(2, 8)}`)
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  const headers: Record<string, string> = tokens[actor] ? { authorization: `JWT ${tokens[actor]}` } : {}
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, { method: 'POST', headers, body: form }),
  })
  const text = await response.text()
  return {
    status: response.status,
    json: JSON.parse(text || '{}') as Record<string, unknown>,
    headers: response.headers,
  }
}

const firstVersionOf = async (subject: Subject, id: number | string) => {
  if (subject.who.versions.length === 0) return 1
  const { docs } = await payload.findVersions({
    collection: subject.collection,
    where: { parent: { equals: id } },
    ...asServer,
    limit: 1,
  })
  return docs[0]!.id
}

const collectionOutcome = async (subject: Subject, operation: Operation, actor: Actor): Promise<Outcome> => {
  const { collection } = subject
  const base = `/${collection}`
  if (operation === 'create') {
    const { body, marker } = subject.create(world, `${actor}-${Math.random().toString(36).slice(2, 8)}`)
    const outcome = await createOutcome(payload, {
      collection,
      marker,
      send: () => (subject.upload ? sendForm(actor, base, body) : call(actor, { method: 'POST', path: base, body })),
    })
    const made = await payload.find({ collection, where: { [marker.field]: { equals: marker.value } }, ...asServer })
    world.made.push(...made.docs.map((doc) => ({ collection, id: doc.id as number })))
    return outcome
  }
  const id = await subject.target(world, payload)
  const byId = `${base}/${id}`
  const onlyIt = `where[id][equals]=${id}`
  switch (operation) {
    case 'find':
      return readOutcome(await call(actor, { method: 'GET', path: `${base}?${onlyIt}&depth=0` }), id, 'list')
    case 'findByID':
      return readOutcome(await call(actor, { method: 'GET', path: `${byId}?depth=0` }), id, 'one')
    case 'count':
      return readOutcome(await call(actor, { method: 'GET', path: `${base}/count?${onlyIt}` }), id, 'count')
    case 'versions': {
      const response = await call(actor, {
        method: 'GET',
        path: `${base}/versions?where[parent][equals]=${id}&depth=0`,
      })
      if ([401, 403, 404].includes(response.status)) return 'denied'
      if (response.status !== 200) throw new UnexpectedAnswer('versions', response)
      return ((response.json.docs ?? []) as unknown[]).length > 0 ? 'allowed' : 'denied'
    }
    case 'version': {
      const version = await firstVersionOf(subject, id)
      return readOutcome(
        await call(actor, { method: 'GET', path: `${base}/versions/${version}?depth=0` }),
        version,
        'one',
      )
    }
    case 'access': {
      const response = await call(actor, { method: 'POST', path: `${base}/access/${id}` })
      if (response.status !== 200) throw new UnexpectedAnswer('access', response)
      return 'allowed'
    }
    case 'duplicate': {
      const before = (await payload.count({ collection, ...asServer })).totalDocs
      const response = await call(actor, { method: 'POST', path: `${byId}/duplicate` })
      const after = (await payload.count({ collection, ...asServer })).totalDocs
      if (response.status === 201 || response.status === 200) {
        const copy = (response.json.doc as { id?: number } | undefined)?.id
        if (copy !== undefined) world.made.push({ collection, id: copy })
        if (after !== before + 1) throw new UnexpectedAnswer('duplicate answered yes but made nothing', response)
        return 'allowed'
      }
      if (![401, 403, 404].includes(response.status)) throw new UnexpectedAnswer('duplicate', response)
      if (after !== before) throw new UnexpectedAnswer('duplicate was refused but made a record', response)
      return 'denied'
    }
    default: {
      const before = await stored(payload, collection, id)
      const version = operation === 'restore' ? await firstVersionOf(subject, id) : undefined
      const requests = {
        update: { method: 'PATCH', path: byId, body: subject.change.body },
        updateMany: { method: 'PATCH', path: `${base}?${onlyIt}`, body: subject.change.body },
        delete: { method: 'DELETE', path: byId },
        deleteMany: { method: 'DELETE', path: `${base}?${onlyIt}` },
        restore: { method: 'POST', path: `${base}/versions/${version}` },
      } as const
      const changed =
        operation === 'delete' || operation === 'deleteMany'
          ? (after: Record<string, unknown> | null) => after === null
          : operation === 'restore'
            ? (after: Record<string, unknown> | null) => after?.updatedAt !== before?.updatedAt
            : subject.change.changed
      return changeOutcome(payload, { collection, id, before, send: () => call(actor, requests[operation]), changed })
    }
  }
}

const globalOutcome = async (subject: GlobalSubject, operation: GlobalOperation, actor: Actor): Promise<Outcome> => {
  const base = `/globals/${subject.slug}`
  const read = async (): Promise<Record<string, unknown>> =>
    Object.fromEntries(Object.entries(await payload.findGlobal({ slug: subject.slug, ...asServer })))
  if (operation === 'update') {
    const before = await read()
    const response = await call(actor, { method: 'POST', path: base, body: subject.change.body })
    const after = await read()
    if (response.status === 200 && subject.change.changed(after)) return 'allowed'
    if (![401, 403, 404].includes(response.status)) throw new UnexpectedAnswer('global update', response)
    if (JSON.stringify(after) !== JSON.stringify(before))
      throw new UnexpectedAnswer('global update was refused but changed', response)
    return 'denied'
  }
  const requests = {
    get: { method: 'GET', path: base },
    versions: { method: 'GET', path: `${base}/versions` },
    version: { method: 'GET', path: `${base}/versions/1` },
    restore: { method: 'POST', path: `${base}/versions/1` },
    access: { method: 'POST', path: `${base}/access` },
  } as const
  const response = await call(actor, requests[operation])
  if (response.status === 200) return 'allowed'
  if ([401, 403, 404].includes(response.status)) return 'denied'
  throw new UnexpectedAnswer(`global ${operation}`, response)
}

const expectedFor = (plan: Exclude<Plan, { kind: 'custom' }>, actor: Actor): Outcome => {
  if (plan.kind === 'collection') {
    if (plan.operation === 'access') return 'allowed'
    const who = plan.subject.who
    const allowed = {
      find: who.read,
      findByID: who.read,
      count: who.read,
      create: who.create,
      update: who.update,
      updateMany: who.update,
      delete: who.delete,
      deleteMany: who.delete,
      versions: who.versions,
      version: who.versions,
      restore: who.versions,
      duplicate: who.duplicate,
    }[plan.operation]
    return allowed.includes(actor) ? 'allowed' : 'denied'
  }
  if (plan.operation === 'access') return 'allowed'
  const allowed = {
    get: plan.subject.who.read,
    update: plan.subject.who.update,
    versions: plan.subject.who.versions,
    version: plan.subject.who.versions,
    restore: plan.subject.who.versions,
  }[plan.operation]
  return allowed.includes(actor) ? 'allowed' : 'denied'
}

test('every route the API exposes has a declared outcome for every role', () => {
  expect(routes.filter((route) => planFor(route) === null).map((route) => route.key)).toEqual([])
  // And nothing is declared for a route that no longer exists.
  expect(customCases.map((custom) => custom.route).filter((key) => !routes.some((route) => route.key === key))).toEqual(
    [],
  )
})

test('a collection without routes is simply not found (no server error naming hosts)', async () => {
  const response = await call('admin', { method: 'GET', path: '/payload-migrations' })
  expect(response.status).toBe(404)
})

describe.each(routes.filter((route) => planFor(route) !== null))('$key', (route) => {
  const plan = planFor(route)!
  test.each(actors)('as %s', async (actor) => {
    if (plan.kind === 'custom') {
      const response = await call(
        actor,
        await plan.custom.request(world, { actor, payload, freshSession: freshSession(actor) }),
      )
      expect(response.status, JSON.stringify(response.json).slice(0, 300)).toBe(plan.custom.statuses[actor])
      return
    }
    const outcome =
      plan.kind === 'collection'
        ? await collectionOutcome(plan.subject, plan.operation, actor)
        : await globalOutcome(plan.subject, plan.operation, actor)
    expect(outcome).toBe(expectedFor(plan, actor))
  })
})
