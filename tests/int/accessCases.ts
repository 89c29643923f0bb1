import type { CollectionSlug } from 'payload'

import { minimalPdf } from '../../cms/seed/minimalPdf'
import type { UploadFile } from '../helpers/attempt'
import type { Actor, World } from '../helpers/world'

type Id = number
type Operation = 'create' | 'read' | 'update' | 'delete'

/** One row of the access matrix: a kind of record and who may do what to it. */
export type AccessCase = {
  name: string
  collection: CollectionSlug
  /** Makes, as the server, the record that read, update and delete aim at. */
  target: (world: World) => Promise<Id>
  /** What an actor submits when trying to create one. */
  createData: (world: World, unique: string) => Record<string, unknown>
  /** The file uploaded with a create, for collections that store files. */
  createFile?: (unique: string) => UploadFile
  updateData: Record<string, unknown>
  allowed: Record<Operation, Actor[]>
}

const staff: Actor[] = ['editor', 'admin']
const everyone: Actor[] = ['anonymous', 'learner', 'instructor', 'moderator', 'editor', 'admin']
const published = { _status: 'published' }

const editorial = (
  name: string,
  collection: CollectionSlug,
  data: (world: World, unique: string) => Record<string, unknown>,
  readers: Actor[] = everyone,
): AccessCase => ({
  name,
  collection,
  target: (world) => world.create(collection, data(world, `target-${Math.random().toString(36).slice(2, 8)}`)),
  createData: data,
  updateData: {},
  allowed: { create: staff, read: readers, update: staff, delete: staff },
})

const pdf = (unique: string): UploadFile => {
  const data = minimalPdf({ title: unique, paragraphs: ['A file for the access tests.'] })
  return { data, name: `${unique}.pdf`, mimetype: 'application/pdf', size: data.length }
}

const mediaCase = (name: string, visibility: 'public' | 'members', readers: Actor[]): AccessCase => ({
  name,
  collection: 'media',
  target: (world) => world.upload({ alt: name, visibility }, pdf(`target-${Math.random().toString(36).slice(2, 8)}`)),
  createData: () => ({ alt: name, visibility }),
  createFile: pdf,
  updateData: { alt: 'Changed' },
  allowed: { create: staff, read: readers, update: staff, delete: staff },
})

/** Every collection × create/read/update/delete × every role, including one learner reaching for another's rows. */
export const accessCases: AccessCase[] = [
  editorial('themes', 'themes', (_, u) => ({ name: `Theme ${u}`, slug: `theme-${u}` })),
  editorial('published courses', 'courses', (_, u) => ({ ...published, title: `Course ${u}`, slug: `course-${u}` })),
  editorial(
    'draft courses',
    'courses',
    (_, u) => ({ _status: 'draft', title: `Draft ${u}`, slug: `draft-${u}` }),
    staff,
  ),
  editorial('lessons of open courses', 'lessons', (w, u) => ({
    ...published,
    course: w.openCourse,
    title: `L ${u}`,
    slug: `l-${u}`,
  })),
  editorial(
    'lessons of closed courses (actor not enrolled)',
    'lessons',
    (w, u) => ({ ...published, course: w.closedCourse, title: `L ${u}`, slug: `l-${u}` }),
    ['instructor', ...staff],
  ),
  // Instructors preview the unpublished lessons of the courses they run.
  editorial(
    'draft lessons',
    'lessons',
    (w, u) => ({ _status: 'draft', course: w.openCourse, title: `L ${u}`, slug: `l-${u}` }),
    ['instructor', ...staff],
  ),
  editorial('published resources', 'resources', (_, u) => ({
    ...published,
    title: `R ${u}`,
    slug: `r-${u}`,
    type: 'guide',
  })),
  editorial(
    'draft resources',
    'resources',
    (_, u) => ({ _status: 'draft', title: `R ${u}`, slug: `r-${u}`, type: 'guide' }),
    staff,
  ),
  editorial('published events', 'events', (_, u) => ({
    ...published,
    title: `E ${u}`,
    slug: `e-${u}`,
    type: 'webinar',
    startsAt: '2030-01-01T10:00:00Z',
    endsAt: '2030-01-01T11:00:00Z',
    timeZone: 'UTC',
  })),
  editorial('experts with consent', 'experts', (_, u) => ({
    ...published,
    name: `X ${u}`,
    headline: 'H',
    slug: `x-${u}`,
    publicProfile: true,
  })),
  editorial(
    'experts without consent',
    'experts',
    (_, u) => ({ ...published, name: `X ${u}`, headline: 'H', slug: `x-${u}`, publicProfile: false }),
    staff,
  ),
  editorial('communities', 'communities', (_, u) => ({ ...published, name: `C ${u}`, slug: `c-${u}` })),
  mediaCase('public files', 'public', everyone),
  mediaCase('files shared inside communities', 'members', staff),
  {
    name: "another person's account",
    collection: 'users',
    target: (w) => w.newLearner(),
    // Registration is open to anyone; the roles a registrant gets are checked in users.test.ts.
    createData: (_, u) => ({ name: `New ${u}`, email: `new-${u}@example.org`, password: 'long-password-1' }),
    updateData: { organisation: 'Changed' },
    allowed: { create: everyone, read: ['admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    name: "another learner's enrolment (course run by the instructor)",
    collection: 'enrolments',
    target: async (w) => w.create('enrolments', { user: await w.newLearner(), course: w.openCourse, status: 'active' }),
    createData: (w) => ({ user: w.users.otherLearner.id, course: w.closedCourse }),
    updateData: { status: 'withdrawn' },
    allowed: { create: ['admin'], read: ['instructor', 'admin'], update: ['instructor', 'admin'], delete: ['admin'] },
  },
  {
    name: "another learner's lesson progress",
    collection: 'lesson-progress',
    target: async (w) => w.create('lesson-progress', { user: await w.newLearner(), lesson: w.openLesson }),
    createData: (w) => ({ user: w.users.otherLearner.id, lesson: w.closedLesson }),
    updateData: { completedAt: '2030-01-01T00:00:00.000Z' },
    allowed: { create: ['admin'], read: ['instructor', 'admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    name: "another person's event registration",
    collection: 'event-registrations',
    target: async (w) => w.create('event-registrations', { user: await w.newLearner(), event: w.event }),
    createData: (w) => ({ user: w.users.otherLearner.id, event: w.event }),
    updateData: {},
    allowed: { create: ['admin'], read: ['editor', 'admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    name: "another person's membership request",
    collection: 'memberships',
    target: async (w) =>
      w.create('memberships', { user: await w.newLearner(), community: w.community, status: 'pending' }),
    createData: (w) => ({ user: w.users.otherLearner.id, community: w.spareCommunity }),
    updateData: { status: 'approved' },
    allowed: { create: ['admin'], read: ['moderator', 'admin'], update: ['moderator', 'admin'], delete: ['admin'] },
  },
  {
    name: "another member's forum thread",
    collection: 'threads',
    target: (w) =>
      w.create('threads', { community: w.community, author: w.users.otherLearner.id, title: 'Thread', body: 'Body' }),
    createData: (w, u) => ({ community: w.community, title: `Thread ${u}`, body: 'Hello colleagues' }),
    updateData: { title: 'Edited' },
    allowed: {
      create: ['learner', 'moderator', 'admin'],
      read: ['learner', 'moderator', 'admin'],
      update: ['moderator', 'admin'],
      delete: ['moderator', 'admin'],
    },
  },
  {
    name: "another member's forum post",
    collection: 'posts',
    target: async (w) => {
      const thread = await w.create('threads', {
        community: w.community,
        author: w.users.otherLearner.id,
        title: 'T',
        body: 'B',
      })
      return w.create('posts', { thread, author: w.users.otherLearner.id, body: 'A reply' })
    },
    createData: (w) => ({ thread: w.thread, body: 'My reply' }),
    updateData: { body: 'Edited reply' },
    allowed: {
      create: ['learner', 'moderator', 'admin'],
      read: ['learner', 'moderator', 'admin'],
      update: ['moderator', 'admin'],
      delete: ['moderator', 'admin'],
    },
  },
]
