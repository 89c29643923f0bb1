import { randomUUID } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { User } from '../../cms/payload-types'
import type { Role } from '../../cms/contract/roles'
import { asServer } from './asUser'
import { testPayload } from './payload'

// Generated types say number (SQL adapters); on MongoDB the same values are strings at run time.
type Id = number

/** Everyone who acts in the access tests. `learner` is the actor; `otherLearner` owns the rows she must not reach. */
export const actors = ['anonymous', 'learner', 'instructor', 'moderator', 'editor', 'admin'] as const
export type Actor = (typeof actors)[number]

/** A small, complete world: one of each kind of record, each owned or run by a known user. */
export type World = Awaited<ReturnType<typeof buildWorld>>

export const buildWorld = async (payload: Payload) => {
  const run = randomUUID().slice(0, 8)
  const made: { collection: CollectionSlug; id: Id }[] = []
  const create = async (collection: CollectionSlug, data: Record<string, unknown>) => {
    const doc = await payload.create({ collection, data: data as never, ...asServer })
    made.push({ collection, id: doc.id })
    return doc.id as Id
  }
  const user = async (key: string, roles: Role[]) => {
    const id = await create('users', {
      name: `${key} ${run}`,
      email: `${key}-${run}@example.org`,
      password: `pw-${run}-${key}`,
      roles,
    })
    return (await payload.findByID({ collection: 'users', id, ...asServer })) as User
  }
  const users = {
    learner: await user('learner', ['learner']),
    otherLearner: await user('other-learner', ['learner']),
    instructor: await user('instructor', ['instructor']),
    moderator: await user('moderator', ['moderator']),
    editor: await user('editor', ['editor']),
    admin: await user('admin', ['admin']),
  }
  const published = { _status: 'published' }
  const theme = await create('themes', { name: `Theme ${run}`, slug: `theme-${run}` })
  const community = await create('communities', { ...published, name: `Community ${run}`, slug: `community-${run}` })
  const course = (slug: string, access: 'open' | 'closed', status = published) =>
    create('courses', {
      ...status,
      title: `Course ${slug}`,
      slug: `${slug}-${run}`,
      access,
      instructorAccounts: [users.instructor.id],
      themes: [theme],
    })
  const openCourse = await course('open', 'open')
  const closedCourse = await course('closed', 'closed')
  const draftCourse = await course('draft', 'open', { _status: 'draft' })
  const lesson = (courseId: Id, slug: string, status = published) =>
    create('lessons', { ...status, course: courseId, title: `Lesson ${slug}`, slug: `${slug}-${run}` })
  const world = {
    run,
    users,
    theme,
    community,
    openCourse,
    closedCourse,
    draftCourse,
    openLesson: await lesson(openCourse, 'open-lesson'),
    closedLesson: await lesson(closedCourse, 'closed-lesson'),
    draftLesson: await lesson(openCourse, 'draft-lesson', { _status: 'draft' }),
    publicExpert: await create('experts', {
      ...published,
      name: `Public ${run}`,
      headline: 'Expert',
      slug: `public-expert-${run}`,
      publicProfile: true,
      contactEmail: `public-${run}@example.org`,
    }),
    privateExpert: await create('experts', {
      ...published,
      name: `Private ${run}`,
      headline: 'Expert',
      slug: `private-expert-${run}`,
      publicProfile: false,
    }),
    draftResource: await create('resources', {
      _status: 'draft',
      title: `Draft ${run}`,
      slug: `draft-resource-${run}`,
      type: 'guide',
    }),
    spareCommunity: await create('communities', { ...published, name: `Spare ${run}`, slug: `spare-${run}` }),
    event: await create('events', {
      ...published,
      title: `Webinar ${run}`,
      slug: `world-event-${run}`,
      type: 'webinar',
      startsAt: '2031-01-01T10:00:00Z',
      endsAt: '2031-01-01T11:00:00Z',
      timeZone: 'UTC',
      capacity: 2,
      joinUrl: `https://meet.example.org/join-${run}`,
    }),
    made,
    create,
    /** Stores a file in the media collection, as the server. */
    upload: async (
      data: Record<string, unknown>,
      file: { data: Buffer; name: string; mimetype: string; size: number },
    ) => {
      const doc = await payload.create({ collection: 'media', data: data as never, file, ...asServer })
      made.push({ collection: 'media', id: doc.id })
      return doc.id as Id
    },
    /** A learner account of its own, for rows that must belong to someone other than the actor. */
    newLearner: () =>
      create('users', {
        name: 'Someone',
        email: `someone-${randomUUID().slice(0, 12)}@example.org`,
        password: `pw-${run}`,
        roles: ['learner'],
      }),
  }
  await create('memberships', { user: users.moderator.id, community, role: 'moderator', status: 'approved' })
  await create('memberships', { user: users.learner.id, community, role: 'member', status: 'approved' })
  await create('memberships', { user: users.otherLearner.id, community, role: 'member', status: 'approved' })
  /** A thread another member started in the world's community, for replies. */
  const thread = await create('threads', {
    community,
    author: users.otherLearner.id,
    title: `Thread ${run}`,
    body: 'Hello',
  })
  return { ...world, thread }
}

/** The user an actor stands for (none for anonymous). */
export const userOf = (world: World, actor: Actor): User | undefined =>
  actor === 'anonymous' ? undefined : world.users[actor]

/** Deletes everything the world made, newest first. */
export const destroyWorld = async (payload: Payload, world: World) => {
  for (const { collection, id } of [...world.made].reverse()) {
    await payload.delete({ collection, id: id as never, ...asServer }).catch(() => undefined)
  }
}

/**
 * Builds a world before a test file's tests and removes it after them; `receive` gets the
 * Payload instance and the world (`useWorld((made) => ({ payload, world } = made))`).
 */
export const useWorld = (receive: (made: { payload: Payload; world: World }) => void) => {
  let made: { payload: Payload; world: World } | undefined
  beforeAll(async () => {
    const payload = await testPayload()
    made = { payload, world: await buildWorld(payload) }
    receive(made)
  })
  afterAll(async () => {
    if (made) await destroyWorld(made.payload, made.world)
  })
}
