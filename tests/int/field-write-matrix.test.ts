import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { ownershipFields } from '../../cms/ownership/ownershipFields'
import { asServer, asUser } from '../helpers/asUser'
import { actors, userOf, useWorld, type Actor, type World } from '../helpers/world'
import { pdfFile } from './routes/subjects'

/**
 * Who a record belongs to and what it is about never change after creation, except by an admin:
 * every ownership field × every role, each trying to move a record it could otherwise edit.
 */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

type Id = number | string
type Case = {
  collection: CollectionSlug
  /** A record each actor has the best chance to edit: her own, or one in her scope. */
  record: (world: World, actor: Actor) => Promise<Id>
  /** Another valid value for each ownership field. */
  moves: (world: World) => Promise<Record<string, Id>>
}

/** An open course run by the world's instructor, so that a learner's records of it are new each time. */
const freshCourse = (world: World) => {
  const slug = `course-${Math.random().toString(36).slice(2, 8)}`
  return world.create('courses', {
    _status: 'published',
    title: slug,
    slug,
    access: 'open',
    instructorAccounts: [world.users.instructor.id],
  })
}

const actorId = (world: World, actor: Actor) => (actor === 'anonymous' ? world.users.learner.id : world.users[actor].id)
const another = async (world: World) =>
  world.create('events', {
    _status: 'published',
    title: 'Other',
    slug: `other-${Math.random().toString(36).slice(2, 8)}`,
    type: 'webinar',
    startsAt: '2031-02-01T10:00:00Z',
    endsAt: '2031-02-01T11:00:00Z',
    timeZone: 'UTC',
  })

const cases: Case[] = [
  {
    collection: 'enrolments',
    record: async (w, actor) =>
      w.create('enrolments', {
        user: actor === 'learner' ? w.users.learner.id : await w.newLearner(),
        course: await freshCourse(w),
        status: 'active',
      }),
    moves: async (w) => ({ user: await w.newLearner(), course: w.closedCourse }),
  },
  {
    collection: 'lesson-progress',
    record: async (w, actor) => {
      const lesson = await w.create('lessons', {
        _status: 'published',
        course: await freshCourse(w),
        title: 'L',
        slug: `l-${Math.random().toString(36).slice(2, 8)}`,
      })
      return w.create('lesson-progress', {
        user: actor === 'learner' ? w.users.learner.id : await w.newLearner(),
        lesson,
      })
    },
    moves: async (w) => ({ user: await w.newLearner(), lesson: w.closedLesson, course: w.closedCourse }),
  },
  {
    collection: 'event-registrations',
    record: async (w) => w.create('event-registrations', { user: await w.newLearner(), event: w.event }),
    moves: async (w) => ({ user: await w.newLearner(), event: await another(w) }),
  },
  {
    collection: 'memberships',
    record: async (w) =>
      w.create('memberships', { user: await w.newLearner(), community: w.community, status: 'pending' }),
    moves: async (w) => ({ user: await w.newLearner(), community: w.spareCommunity }),
  },
  {
    collection: 'threads',
    record: (w, actor) =>
      w.create('threads', { community: w.community, author: actorId(w, actor), title: 'Mine', body: 'Body' }),
    moves: async (w) => ({ community: w.spareCommunity, author: w.users.otherLearner.id }),
  },
  {
    collection: 'posts',
    record: async (w, actor) => {
      const thread = await w.create('threads', {
        community: w.community,
        author: w.users.otherLearner.id,
        title: 'T',
        body: 'B',
      })
      return w.create('posts', { thread, author: actorId(w, actor), body: 'Mine' })
    },
    moves: async (w) => ({
      thread: await w.create('threads', {
        community: w.community,
        author: w.users.otherLearner.id,
        title: 'Other',
        body: 'B',
      }),
      community: w.spareCommunity,
      author: w.users.otherLearner.id,
    }),
  },
  {
    collection: 'media',
    record: (w) =>
      w.upload({ alt: 'shared', visibility: 'members', community: w.community }, pdfFile(`owned-${Math.random()}`)),
    moves: async (w) => ({ uploadedBy: w.users.otherLearner.id, community: w.spareCommunity }),
  },
  {
    collection: 'lessons',
    record: (w) =>
      w.create('lessons', {
        _status: 'published',
        course: w.openCourse,
        title: 'L',
        slug: `l-${Math.random().toString(36).slice(2, 8)}`,
      }),
    moves: async (w) => ({ course: w.closedCourse }),
  },
]

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id: Id }).id : value)

test('every ownership field is tested here, and every relationship field is either ownership or editorial', () => {
  expect(ownershipFields.map(({ collection }) => collection).sort()).toEqual(
    cases.map(({ collection }) => collection).sort(),
  )
  // Links an editor sets as part of the content (which themes, which speakers, which cover picture).
  const editorial = [
    'courses.cover',
    'courses.instructors',
    'courses.instructorAccounts',
    'courses.community',
    'courses.modules.lessons',
    'courses.themes',
    'resources.file',
    'resources.themes',
    'events.speakers',
    'events.community',
    'events.themes',
    'experts.photo',
    'experts.account',
    'experts.themes',
    'communities.theme',
    'communities.moderatorProfiles',
    'communities.cover',
    // Payload's own bookkeeping: the holder of a lock and the owner of a setting are always the caller.
    'payload-locked-documents.document',
    'payload-locked-documents.user',
    'payload-preferences.user',
  ]
  const owned = ownershipFields.flatMap(({ collection, fields }) =>
    fields.map((field) => `${collection}.${field.name}`),
  )
  type Field = { name?: string; type: string; flattenedFields?: Field[] }
  const links = (fields: Field[], prefix: string): string[] =>
    fields.flatMap((field) => [
      ...(field.type === 'relationship' || field.type === 'upload' ? [`${prefix}${field.name}`] : []),
      ...(field.flattenedFields ? links(field.flattenedFields, `${prefix}${field.name}.`) : []),
    ])
  const all = payload.config.collections.flatMap((collection) =>
    links(collection.flattenedFields as Field[], `${collection.slug}.`),
  )
  expect(all.filter((link) => !owned.includes(link) && !editorial.includes(link))).toEqual([])
})

describe.each(cases)('$collection', ({ collection, record, moves }) => {
  const fields = ownershipFields.find((entry) => entry.collection === collection)!.fields
  describe.each(fields)('$name', ({ name: field, keptByServer }) => {
    test.each(actors)(
      `as %s: ${keptByServer ? 'kept by the server, whoever asks' : 'changes only if an admin asks'}`,
      async (actor) => {
        const id = await record(world, actor)
        const value = (await moves(world))[field]!
        const before = await payload.findByID({ collection, id, ...asServer })
        const attempt = payload.update({ collection, id, data: { [field]: value }, ...asUser(userOf(world, actor)) })
        if (actor === 'admin' && !keptByServer) {
          await attempt
          expect(idOf((await payload.findByID({ collection, id, ...asServer }))[field as keyof typeof before])).toBe(
            String(value),
          )
          return
        }
        const after = async () => payload.findByID({ collection, id, ...asServer })
        if (actor === 'admin') {
          await attempt
          const kept = (await after())[field as keyof typeof before]
          expect(idOf(kept)).toBe(idOf(before[field as keyof typeof before]))
          return
        }
        await expect(attempt).rejects.toMatchObject({ status: expect.any(Number) })
        expect(await after()).toEqual(before)
      },
    )
  })
})

describe('timestamps are the server’s', () => {
  beforeAll(async () => {
    await world.create('threads', {
      community: world.community,
      author: world.users.otherLearner.id,
      title: 'Existing',
      body: 'B',
    })
  })

  test('a member who sends createdAt on a new post gets the time of the server', async () => {
    const thread = world.made.filter((made) => made.collection === 'threads').at(-1)!.id
    const post = await payload.create({
      collection: 'posts',
      data: { thread, body: 'Backdated', createdAt: '2099-01-01T00:00:00.000Z' },
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'posts', id: post.id })
    expect(Math.abs(Date.parse(post.createdAt) - Date.now())).toBeLessThan(60_000)
  })

  test.each(actors.filter((actor) => actor !== 'anonymous'))(
    'as %s: createdAt of her own thread does not move; an admin may',
    async (actor) => {
      const id = await world.create('threads', {
        community: world.community,
        author: actorId(world, actor),
        title: 'Dated',
        body: 'B',
      })
      const before = await payload.findByID({ collection: 'threads', id, ...asServer })
      await payload
        .update({
          collection: 'threads',
          id,
          data: { createdAt: '2001-01-01T00:00:00.000Z' },
          ...asUser(userOf(world, actor)),
        })
        .catch(() => null)
      const after = await payload.findByID({ collection: 'threads', id, ...asServer })
      if (actor === 'admin') expect(after.createdAt).toBe('2001-01-01T00:00:00.000Z')
      else expect(after.createdAt).toBe(before.createdAt)
    },
  )
})
