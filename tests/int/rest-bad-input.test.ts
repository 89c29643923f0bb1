import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import { pino } from 'pino'
import * as qs from 'qs-esm'
import { beforeAll, describe, expect, test } from 'vitest'

import { apiLogger } from '../../cms/http/apiLogger'
import { asServer } from '../helpers/asUser'
import { changedTables, databaseFingerprint } from '../helpers/databaseFingerprint'
import { logIn, messagesOf, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World
let editorToken: string
let learnerToken: string
let adminToken: string

useWorld((made) => ({ payload, world } = made))

beforeAll(async () => {
  editorToken = await logIn(world.users.editor.email, `pw-${world.run}-editor`)
  learnerToken = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
  adminToken = await logIn(world.users.admin.email, `pw-${world.run}-admin`)
})

/** What the API logs while `run` runs: the lines its logger writes, as JSON. */
const logOf = async (run: () => Promise<unknown>) => {
  const lines: string[] = []
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const logger = payload.logger
  payload.logger = pino({ ...apiLogger.options }, capture)
  try {
    await run()
  } finally {
    payload.logger = logger
  }
  return lines
}

/** Runs a request and tells whether any table changed. */
const changesOf = async (run: () => Promise<{ status: number; json: Record<string, unknown> }>) => {
  const before = await databaseFingerprint(payload)
  const response = await run()
  return { ...response, changed: changedTables(before, await databaseFingerprint(payload)) }
}

/** Courses stored under a title: the refused course carries one no other test uses. */
const coursesTitled = async (title: string) =>
  (await payload.count({ collection: 'courses', where: { title: { equals: title } }, overrideAccess: true })).totalDocs

describe('bad input to the REST API gets a 4xx with a clear message and changes nothing', () => {
  const validCourse = () => ({
    title: `A valid course ${Math.random().toString(36).slice(2, 10)}`,
    slug: `valid-${Math.random().toString(36).slice(2, 8)}`,
    _status: 'published',
  })

  test.each([
    ['an unknown field', { colour: 'blue' }, /Unknown field: colour/],
    [
      'an unknown field inside an array row',
      { cohorts: [{ name: 'C', startDate: '2030-01-01', endDate: '2030-02-01', capacity: 5, colour: 'x' }] },
      /Unknown field: cohorts\.0\.colour/,
    ],
    ['a number field given text', { durationHours: 'many' }, /durationHours must be a number/],
    ['a select field given a value outside its options', { access: 'secret' }, /access/],
    ['a title longer than 200 characters', { title: 'x'.repeat(201) }, /title/],
    ['a slug that is not kebab-case', { slug: 'Not A Slug!' }, /lower-case/],
  ])('creating a course with %s is refused', async (_, extra, message) => {
    const course = { ...validCourse(), ...extra }
    const { status, json } = await rest({
      method: 'POST',
      path: '/courses',
      body: course,
      token: editorToken,
    })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(message)
    expect(await coursesTitled(course.title)).toBe(0)
  })

  test('updating a course with an unknown field is refused and the course keeps its title', async () => {
    const { status, json } = await rest({
      method: 'PATCH',
      path: `/courses/${world.openCourse}`,
      body: { title: 'Changed', secret: 1 },
      token: editorToken,
    })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(/Unknown field: secret/)
    const course = await payload.findByID({ collection: 'courses', id: world.openCourse, overrideAccess: true })
    expect(course.title).toBe('Course open')
  })

  test('a body that is not JSON is refused', async () => {
    const { status } = await rest({ method: 'POST', path: '/courses', body: '{"title": ', token: editorToken })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  test.each([
    ['an unknown locale', '?locale=xx', /Unknown locale "xx"/],
    ['an unknown fallback locale', '?fallback-locale=klingon', /Unknown fallback-locale/],
    ['a limit that is not a number', '?limit=abc', /limit must be a whole number/],
    ['a negative page', '?page=-1', /page must be a whole number/],
    ['a depth beyond the maximum', '?depth=99', /depth must be a whole number/],
    ['a sort on a field that does not exist', '?sort=-salary', /Cannot sort by "-salary"/],
    ['a where clause without an operator', '?where[title]=x', /needs an operator/],
    ['a where clause on a field that does not exist', '?where[salary][equals]=1', /cannot be queried: salary/],
    ['an `or` that is not a list of conditions', '?where[or]=x', /must be a list of conditions/],
  ])('reading courses with %s is refused', async (_, query, message) => {
    const { status, json } = await rest({ path: `/courses${query}` })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(message)
  })
})

describe('the public REST API', () => {
  test('lists published courses in French, without drafts', async () => {
    await payload.update({
      collection: 'courses',
      id: world.openCourse,
      locale: 'fr',
      data: { title: 'Cours ouvert' },
      overrideAccess: true,
    })
    const mine = [world.openCourse, world.closedCourse, world.draftCourse].join(',')
    const { status, json } = await rest({ path: `/courses?locale=fr&limit=100&depth=0&where[id][in]=${mine}` })
    expect(status).toBe(200)
    const docs = json.docs as { id: number; title: string; _status: string }[]
    expect(docs.map((doc) => doc.id).sort()).toEqual([world.openCourse, world.closedCourse].sort())
    expect(docs.find((doc) => doc.id === world.openCourse)?.title).toBe('Cours ouvert')
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  test('GraphQL is switched off, so it cannot become a second way around access control', async () => {
    const { status } = await rest({ method: 'POST', path: '/graphql', body: { query: '{ Posts { docs { body } } }' } })
    expect(status).toBe(404)
  })
})

describe('a query too large to run is a 400, and costs one line of log', () => {
  const nested = (levels: number): Record<string, unknown> =>
    levels === 0 ? { title: { equals: 'x' } } : { and: [nested(levels - 1)] }
  const words = Array.from({ length: 2000 }, (_, index) => `word${index}`).join(' ')

  test('a like of 2,000 words', async () => {
    let response: Awaited<ReturnType<typeof rest>> | undefined
    const lines = await logOf(async () => {
      response = await rest({ path: `/courses?where[title][like]=${encodeURIComponent(words)}` })
    })
    expect(response?.status).toBe(400)
    expect(messagesOf(response!.json)).toMatch(/where.title.like has more than 20 words/)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.length).toBeLessThan(1000)
    expect(lines[0]).not.toMatch(/stack/)
  })

  test.each([
    [
      'too many conditions',
      `?${Array.from({ length: 101 }, (_, index) => `where[or][${index}][title][equals]=x`).join('&')}`,
      /more than 100 conditions/,
    ],
    ['and/or nested too deep', `?where=${encodeURIComponent(JSON.stringify(nested(6)))}`, /more than 5 levels deep/],
    ['a value too long', `?where[title][equals]=${'x'.repeat(501)}`, /longer than 500 characters/],
  ])('%s', async (_, query, message) => {
    const { status, json } = await rest({ path: `/courses${query}` })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(message)
  })

  test('a server fault keeps its stack in the log; a client error thrown inside Payload is one line', async () => {
    const lines = await logOf(async () => {
      payload.logger.error({ err: new Error('disk full') })
      payload.logger.error({ err: Object.assign(new Error('Posts can be edited for 30 minutes.'), { status: 403 }) })
    })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/"stack":"Error: disk full/)
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: 30, msg: '403 Error: "Posts can be edited for 30 minutes."' })
  })
})

describe('a request that cannot be right says what is wrong, with a 4xx, and changes nothing', () => {
  test.each([
    [
      'an id that is no id',
      'GET',
      '/courses/abc',
      'anonymous',
      404,
      /No document of courses has the id "abc": ids here are whole numbers/,
    ],
    ['a number no id can be', 'GET', '/posts/1e999', 'admin', 404, /No document of posts has the id "1e999"/],
    ['an id that only starts like one', 'GET', '/courses/1abc', 'admin', 404, /has the id "1abc"/],
    [
      'a list of ids that are no ids',
      'GET',
      '/courses?where[id][in]=a,b',
      'anonymous',
      400,
      /where.id.in "a" is not an id/,
    ],
    [
      'a date that is no date',
      'GET',
      '/courses?where[createdAt][greater_than]=notadate',
      'anonymous',
      400,
      /where.createdAt.greater_than "notadate" is not a date/,
    ],
    [
      'a choice not offered',
      'GET',
      '/courses?where[access][equals]=secret',
      'anonymous',
      400,
      /where.access.equals "secret" is not one of open, closed/,
    ],
    ['a parameter given twice', 'GET', '/courses?limit=1&limit=2', 'anonymous', 400, /"limit" is given more than once/],
    [
      'broken percent-encoding',
      'GET',
      '/courses?where[title][equals]=%E0%A4%A',
      'anonymous',
      400,
      /not valid percent-encoded UTF-8/,
    ],
    [
      'a where that is not JSON',
      'GET',
      '/courses?where=nonsense',
      'anonymous',
      400,
      /where given as one value must be a JSON object/,
    ],
    ['draft that is not true or false', 'GET', '/courses?draft=maybe', 'anonymous', 400, /draft must be true or false/],
    [
      'the versions of a global that keeps none',
      'GET',
      '/globals/site-settings/versions',
      'admin',
      404,
      /site-settings keeps no versions/,
    ],
    [
      'a version of a global that keeps none',
      'GET',
      '/globals/site-settings/versions/1',
      'admin',
      404,
      /site-settings keeps no versions/,
    ],
    [
      'the versions of a collection that keeps none',
      'GET',
      '/themes/versions',
      'admin',
      404,
      /themes keeps no versions/,
    ],
    ['a collection without REST API', 'GET', '/payload-migrations', 'admin', 404, /payload-migrations has no REST API/],
    [
      'a collection named after a property every object has',
      'GET',
      '/constructor',
      'anonymous',
      404,
      /There is no collection "constructor"/,
    ],
  ])('%s: %s %s', async (_, method, path, sender, status, message) => {
    const token = sender === 'admin' ? adminToken : undefined
    const response = await changesOf(() => rest({ method, path, token }))
    expect(response.status).toBe(status)
    expect(messagesOf(response.json)).toMatch(message)
    expect(response.changed).toEqual([])
  })

  test.each([
    ['null', 'application/json', 'null', 400, /The body must be a JSON object \(\{…\}\), not null/],
    ['a list', 'application/json', '[{"title":"x"}]', 400, /not a list/],
    ['no body at all', 'application/json', '', 400, /needs the document as a JSON object body/],
    [
      'JSON sent as text/plain',
      'text/plain',
      '{"title":"Changed"}',
      415,
      /Send the request body as application\/json.*"text\/plain"/,
    ],
    ['a form', 'application/x-www-form-urlencoded', 'title=Changed', 415, /"application\/x-www-form-urlencoded"/],
    ['XML', 'application/xml', '<course><title>Changed</title></course>', 415, /"application\/xml"/],
    [
      'JSON in another character set',
      'application/json; charset=latin1',
      '{"title":"Chang\u00e9"}',
      415,
      /charset=latin1/,
    ],
  ])(
    'updating a course with %s is refused and the course is unchanged',
    async (_, contentType, body, status, message) => {
      const response = await changesOf(() =>
        rest({
          method: 'PATCH',
          path: `/courses/${world.openCourse}`,
          token: editorToken,
          headers: { 'content-type': contentType },
          body,
        }),
      )
      expect(response.status).toBe(status)
      expect(messagesOf(response.json)).toMatch(message)
      expect(response.changed).toEqual([])
    },
  )

  test('saving a global with null is refused', async () => {
    const response = await changesOf(() =>
      rest({ method: 'POST', path: '/globals/site-settings', token: adminToken, body: 'null' }),
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.json)).toMatch(/must be a JSON object/)
    expect(response.changed).toEqual([])
  })
})

describe('text no database stores faithfully is refused, and nothing is stored', () => {
  const invalidUtf8 = Buffer.from([0xff, 0xfe, 0xc3, 0x28])

  test('invalid UTF-8 in a profile field', async () => {
    const body = Buffer.concat([Buffer.from('{"name":"Ana '), invalidUtf8, Buffer.from('"}')])
    const response = await changesOf(() =>
      rest({
        method: 'PATCH',
        path: `/users/${world.users.learner.id}`,
        token: learnerToken,
        body: new Uint8Array(body),
      }),
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.json)).toMatch(/The body is not valid UTF-8/)
    expect(response.changed).toEqual([])
    expect((await payload.findByID({ collection: 'users', id: world.users.learner.id, ...asServer })).name).toBe(
      world.users.learner.name,
    )
  })

  test.each([
    // JSON escapes: the client sends them as text, the server's JSON parser makes the characters.
    ['a NUL character', 'Before\\u0000after', /body.body contains a NUL character/],
    ['an unpaired surrogate', 'Broken \\ud800 text', /body.body contains an unpaired UTF-16 surrogate/],
  ])('%s in a forum post', async (_, text, message) => {
    const thread = await payload.create({
      collection: 'threads',
      data: { community: world.community, title: 'Encodings', body: 'Start', author: world.users.learner.id },
      ...asServer,
    })
    world.made.push({ collection: 'threads', id: thread.id })
    const response = await changesOf(() =>
      rest({ method: 'POST', path: '/posts', token: learnerToken, body: `{"thread":${thread.id},"body":"${text}"}` }),
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.json)).toMatch(message)
    expect(response.changed).toEqual([])
  })

  test('invalid UTF-8 in a document sent as multipart _payload', async () => {
    const boundary = 'x-boundary'
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":"Ana `),
      invalidUtf8,
      Buffer.from(`"}\r\n--${boundary}--\r\n`),
    ])
    const response = await changesOf(() =>
      rest({
        method: 'PATCH',
        path: `/users/${world.users.learner.id}`,
        token: learnerToken,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: new Uint8Array(body),
      }),
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.json)).toMatch(/The multipart field "_payload" is not valid UTF-8 text/)
    expect(response.changed).toEqual([])
  })

  test('a NUL character in a document sent as multipart _payload', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ title: 'Cut\u0000short' }))
    const response = await changesOf(() =>
      rest({ method: 'PATCH', path: `/courses/${world.openCourse}`, token: editorToken, body: form }),
    )
    expect(response.status).toBe(400)
    expect(messagesOf(response.json)).toMatch(/_payload.title contains a NUL character/)
    expect(response.changed).toEqual([])
  })
})

describe('what the admin and the portal send keeps working', () => {
  test('a save as the admin sends it: multipart with _payload, fallback-locale=null', async () => {
    const form = new FormData()
    form.set('_payload', JSON.stringify({ summary: 'Saved from the admin' }))
    const { status, json } = await rest({
      method: 'PATCH',
      path: `/courses/${world.draftCourse}?depth=0&fallback-locale=null&locale=en`,
      token: editorToken,
      body: form,
    })
    expect(status, messagesOf(json)).toBe(200)
    expect((json.doc as { summary: string }).summary).toBe('Saved from the admin')
  })

  test("a relationship field's search: a form-encoded query with the method override", async () => {
    const { status, json } = await rest({
      method: 'POST',
      path: '/themes',
      token: editorToken,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
      // As @payloadcms/ui's Relationship field builds it, with qs.
      body: qs.stringify({
        depth: 0,
        draft: true,
        limit: 10,
        locale: 'en',
        page: 1,
        select: { name: true },
        sort: 'name',
        where: { and: [{ id: { not_in: [999999] } }, { or: [{ name: { like: `Theme ${world.run}` } }] }] },
      }),
    })
    expect(status, messagesOf(json)).toBe(200)
    expect((json.docs as { id: number }[]).map((doc) => doc.id)).toEqual([world.theme])
  })

  test('a bulk selection as the admin list sends it', async () => {
    const { status, json } = await rest({
      path: `/courses?limit=0&where[and][0][id][not_equals]=&where[and][1][id][in][0]=${world.openCourse}`,
      token: editorToken,
    })
    expect(status, messagesOf(json)).toBe(200)
    expect(json.totalDocs).toBe(1)
  })

  test('JSON with its character set named', async () => {
    const { status } = await rest({
      method: 'PATCH',
      path: `/courses/${world.draftCourse}`,
      token: editorToken,
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body: { summary: 'Zoë, 张, عربى' },
    })
    expect(status).toBe(200)
  })
})
