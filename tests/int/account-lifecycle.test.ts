import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import fr from '../../cms/contract/i18n/fr.json'
import { personalRecords } from '../../cms/collections/Users/personalRecords'
import { asServer } from '../helpers/asUser'
import { resetTokenIn, waitForMail } from '../helpers/mailbox'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/**
 * A person's account from registration to deletion through the REST API the account island
 * uses: password reset by e-mail (captured over SMTP) in their language, their data as JSON,
 * and deletion that keeps their forum posts readable but no longer theirs.
 */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const password = 'first-password-1'

/** Registers through the REST API, as the account island does: each test has an account of its own. */
const register = async (name: string) => {
  const email = `${name.toLowerCase()}-${world.run}@example.org`
  const { status, json } = await rest({
    method: 'POST',
    path: '/users',
    body: {
      name,
      email,
      password,
      organisation: 'Ministère de la Justice',
      sector: 'member-state',
      country: 'SN',
      preferredLanguage: 'fr',
    },
  })
  expect(status).toBe(201)
  const id = (json.doc as { id: number }).id
  world.made.push({ collection: 'users', id })
  return { id, email }
}

describe('an account from registration to deletion', () => {
  test('a forgotten password is reset through the e-mailed link, written in French', async () => {
    const { email } = await register('Amina')
    expect((await rest({ method: 'POST', path: '/users/forgot-password', body: { email } })).status).toBe(200)
    const mail = await waitForMail(email)
    expect(mail.subject).toBe(fr['email.reset.subject'])
    expect(mail.text).toContain('Bonjour Amina')
    expect(mail.html).toContain('/fr/account/?reset=')
    const reset = await rest({
      method: 'POST',
      path: '/users/reset-password',
      body: { token: resetTokenIn(mail), password: 'second-password-2' },
    })
    expect(reset.status).toBe(200)
    await expect(logIn(email, password)).rejects.toThrow()
    expect(await logIn(email, 'second-password-2')).toBeTruthy()
  })

  test('an unknown address gets the same answer and no e-mail is sent', async () => {
    const { status } = await rest({
      method: 'POST',
      path: '/users/forgot-password',
      body: { email: `nobody-${world.run}@example.org` },
    })
    expect(status).toBe(200)
    await expect(waitForMail(`nobody-${world.run}@example.org`, undefined, undefined, 1500)).rejects.toThrow()
  })

  test('she downloads her data: her account and records, nobody else’s', async () => {
    const { id, email } = await register('Binta')
    await payload.create({
      collection: 'enrolments',
      data: { user: id, course: world.openCourse, status: 'active' } as never,
      ...asServer,
    })
    await payload.create({
      collection: 'memberships',
      data: { user: id, community: world.community, status: 'approved', role: 'member' } as never,
      ...asServer,
    })
    const token = await logIn(email, password)
    const { status, json } = await rest({ path: '/users/export-my-data', token })
    expect(status).toBe(200)
    const data = json as {
      account: { email: string; hash?: string }
      enrolments: { user: unknown }[]
      memberships: unknown[]
    }
    expect(data.account.email).toBe(email)
    expect(data.account.hash).toBeUndefined()
    expect(data.enrolments).toHaveLength(1)
    expect(data.memberships).toHaveLength(1)
    expect(JSON.stringify(json)).not.toContain(world.users.learner.email)
    expect((await rest({ path: '/users/export-my-data' })).status).toBe(401)
  })

  test('someone who belongs to no community downloads her data too (empty lists)', async () => {
    const newcomer = `newcomer-${world.run}@example.org`
    const created = await rest({
      method: 'POST',
      path: '/users',
      body: { name: 'New', email: newcomer, password: 'newcomer-password' },
    })
    world.made.push({ collection: 'users', id: (created.json.doc as { id: number }).id })
    const { status, json } = await rest({
      path: '/users/export-my-data',
      token: await logIn(newcomer, 'newcomer-password'),
    })
    expect(status).toBe(200)
    expect(json).toMatchObject({ enrolments: [], memberships: [], threads: [], posts: [] })
  })

  test('deleting her account anonymises her posts and removes her enrolments and memberships', async () => {
    const { id, email } = await register('Chiara')
    const thread = await payload.create({
      collection: 'threads',
      data: { community: world.community, title: 'Question', body: 'Hello', author: id } as never,
      ...asServer,
    })
    const post = await payload.create({
      collection: 'posts',
      data: { thread: thread.id, body: 'My answer stays', author: id } as never,
      ...asServer,
    })
    const expert = await world.create('experts', {
      _status: 'published',
      name: `Profile ${world.run}`,
      headline: 'Expert',
      slug: `profile-${world.run}`,
      account: id,
    })
    const token = await logIn(email, password)
    expect((await rest({ method: 'DELETE', path: `/users/${id}`, token })).status).toBe(200)
    const kept = await payload.findByID({ collection: 'posts', id: post.id, ...asServer, depth: 0 })
    expect(kept.body).toBe('My answer stays')
    expect(kept.author ?? null).toBeNull()
    const keptThread = await payload.findByID({ collection: 'threads', id: thread.id, ...asServer, depth: 0 })
    expect(keptThread.author ?? null).toBeNull()
    expect((await payload.findByID({ collection: 'experts', id: expert, ...asServer })).account ?? null).toBeNull()
    for (const collection of ['enrolments', 'memberships', 'lesson-progress'] as const) {
      expect((await payload.find({ collection, where: { user: { equals: id } }, ...asServer })).totalDocs).toBe(0)
    }
    await expect(logIn(email, password)).rejects.toThrow()
    world.made.push({ collection: 'threads', id: thread.id }, { collection: 'posts', id: post.id })
  })

  test('every link from a record to an account is in the list of a person’s records, or named as not personal', () => {
    // The accounts that run a course: a setting of the course (the database drops the link with the account).
    const notPersonal = ['courses.instructorAccounts']
    const listed = personalRecords.map(({ collection, field }) => `${collection}.${field}`)
    type Field = { name?: string; type: string; relationTo?: unknown; flattenedFields?: Field[] }
    const links = (fields: Field[], prefix: string): string[] =>
      fields.flatMap((field) => [
        ...(field.type === 'relationship' && field.relationTo === 'users' ? [`${prefix}${field.name}`] : []),
        ...(field.flattenedFields ? links(field.flattenedFields, `${prefix}${field.name}.`) : []),
      ])
    const linksToAccounts = payload.config.collections.flatMap((collection) =>
      links(collection.flattenedFields as Field[], `${collection.slug}.`),
    )
    expect(linksToAccounts.filter((link) => !notPersonal.includes(link)).sort()).toEqual([...listed].sort())
  })
})
