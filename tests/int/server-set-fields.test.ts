import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer, asUser } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/** What only the server sets, and rules that keep records where they belong. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

let thread: number
beforeAll(async () => {
  thread = await world.create('threads', {
    community: world.community,
    author: world.users.otherLearner.id,
    title: 'Started',
    body: 'B',
  })
})

describe('forum records', () => {
  test('a reply is signed by whoever posts it and marks its discussion active; clients set neither', async () => {
    const before = (await payload.findByID({ collection: 'threads', id: thread, ...asServer })).lastActivityAt
    const post = await payload.create({
      collection: 'posts',
      data: { thread, body: 'Signed by me', author: world.users.moderator.id, authorName: 'The moderator' },
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'posts', id: post.id })
    expect(post.author).toBe(world.users.learner.id)
    expect(post.authorName).toBe(world.users.learner.name)
    const after = (await payload.findByID({ collection: 'threads', id: thread, ...asServer })).lastActivityAt
    expect(Date.parse(after!)).toBeGreaterThanOrEqual(Date.parse(before ?? '1970-01-01'))
    const own = await world.create('threads', {
      community: world.community,
      author: world.users.learner.id,
      title: 'Mine',
      body: 'B',
    })
    await payload.update({
      collection: 'threads',
      id: own,
      data: { lastActivityAt: '2099-01-01T00:00:00.000Z' },
      ...asUser(world.users.learner),
    })
    expect((await payload.findByID({ collection: 'threads', id: own, ...asServer })).lastActivityAt).not.toBe(
      '2099-01-01T00:00:00.000Z',
    )
  })

  test('a member cannot move her discussion to a community she does not moderate; a moderator of both can', async () => {
    const own = await world.create('threads', {
      community: world.community,
      author: world.users.learner.id,
      title: 'Move me',
      body: 'B',
    })
    await expect(
      payload.update({
        collection: 'threads',
        id: own,
        data: { community: world.spareCommunity },
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      payload.update({
        collection: 'threads',
        id: own,
        data: { community: world.spareCommunity },
        ...asUser(world.users.moderator),
      }),
    ).rejects.toThrow(/cannot be changed/)
    await world.create('memberships', {
      user: world.users.moderator.id,
      community: world.spareCommunity,
      role: 'moderator',
      status: 'approved',
    })
    await payload.update({
      collection: 'threads',
      id: own,
      data: { community: world.spareCommunity },
      ...asUser(world.users.moderator),
    })
    expect((await payload.findByID({ collection: 'threads', id: own, ...asServer })).community).toBe(
      world.spareCommunity,
    )
  })

  test('the data download leaves out the moderators’ report flag', async () => {
    const post = await world.create('posts', {
      thread,
      author: world.users.learner.id,
      body: 'Reported',
      reported: true,
    })
    const token = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
    const download = await rest({ path: '/users/export-my-data', token })
    const mine = (download.json.posts as { id: number; reported?: boolean }[]).find((row) => row.id === post)
    expect(mine).toBeDefined()
    expect(mine).not.toHaveProperty('reported')
  })
})

describe('memberships', () => {
  test('a ban holds: the banned member can neither delete it nor ask again', async () => {
    const person = await payload.findByID({ collection: 'users', id: await world.newLearner(), ...asServer })
    const ban = await world.create('memberships', { user: person.id, community: world.community, status: 'banned' })
    await expect(payload.delete({ collection: 'memberships', id: ban, ...asUser(person) })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'memberships', id: ban, ...asServer })).status).toBe('banned')
    await expect(
      payload.create({
        collection: 'memberships',
        data: { user: person.id, community: world.community, status: 'pending', role: 'member' },
        ...asUser(person),
      }),
    ).rejects.toThrow()
  })

  test('a pending or approved member may still leave', async () => {
    const person = await payload.findByID({ collection: 'users', id: await world.newLearner(), ...asServer })
    const request = await world.create('memberships', {
      user: person.id,
      community: world.community,
      status: 'pending',
    })
    await payload.delete({ collection: 'memberships', id: request, ...asUser(person) })
    expect(
      (await payload.count({ collection: 'memberships', where: { id: { equals: request } }, ...asServer })).totalDocs,
    ).toBe(0)
  })
})

describe('document locks', () => {
  test('a lock is always held by whoever takes it, and stays on its document', async () => {
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'courses', value: world.openCourse },
        user: { relationTo: 'users', value: world.users.editor.id },
      },
      ...asUser(world.users.instructor),
    })
    world.made.push({ collection: 'payload-locked-documents', id: lock.id })
    const stored = await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, ...asServer })
    expect((stored.user as { value: unknown }).value).toBe(world.users.instructor.id)
    await expect(
      payload.update({
        collection: 'payload-locked-documents',
        id: lock.id,
        data: { document: { relationTo: 'courses', value: world.closedCourse } },
        ...asUser(world.users.instructor),
      }),
    ).rejects.toThrow(/stays on the document/)
  })
})

describe('accounts', () => {
  test('the privacy notice is recorded as accepted when the person registers, at the server’s time', async () => {
    const email = `consent-${world.run}@example.org`
    const response = await rest({
      method: 'POST',
      path: '/users',
      body: {
        name: 'Consent',
        email,
        password: 'a good passphrase',
        consent: { privacyNoticeAcceptedAt: '1999-01-01T00:00:00.000Z' },
      },
    })
    expect(response.status).toBe(201)
    world.made.push({ collection: 'users', id: (response.json.doc as { id: number }).id })
    const stored = await payload.find({ collection: 'users', where: { email: { equals: email } }, ...asServer })
    expect(Math.abs(Date.parse(stored.docs[0]!.consent!.privacyNoticeAcceptedAt!) - Date.now())).toBeLessThan(60_000)
  })
})

describe('courses', () => {
  test('cohort meeting links and instructor accounts reach the course’s own staff, not other instructors', async () => {
    const stranger = await payload.findByID({
      collection: 'users',
      id: await world.create('users', {
        name: 'Other instructor',
        email: `oi-${world.run}@example.org`,
        password: `pw-${world.run}`,
        roles: ['instructor'],
      }),
      ...asServer,
    })
    await payload.update({
      collection: 'courses',
      id: world.closedCourse,
      data: {
        format: 'instructor-led',
        cohorts: [
          {
            name: 'C',
            startDate: '2030-01-01',
            endDate: '2030-02-01',
            capacity: 5,
            meetingUrl: `https://meet.example.org/${world.run}`,
          },
        ],
      },
      ...asServer,
    })
    const asStranger = await payload.findByID({ collection: 'courses', id: world.closedCourse, ...asUser(stranger) })
    expect(asStranger.cohorts?.[0]?.meetingUrl).toBeUndefined()
    expect(asStranger.instructorAccounts).toBeUndefined()
    const asOwn = await payload.findByID({
      collection: 'courses',
      id: world.closedCourse,
      ...asUser(world.users.instructor),
    })
    expect(asOwn.cohorts?.[0]?.meetingUrl).toBe(`https://meet.example.org/${world.run}`)
  })
})
