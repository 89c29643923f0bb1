import type { CollectionSlug } from 'payload'

import type { Payload } from 'payload'

import { minimalPdf } from '../../../cms/seed/minimalPdf'
import type { Actor, World } from '../../helpers/world'

type Id = number | string
type Doc = Record<string, unknown>

/**
 * A kind of record the standard routes of its collection act on (find, findByID, count, create,
 * update, delete, versions, duplicate), and who may do each. Everyone not named must be refused,
 * and the record must be left exactly as it was.
 */
export type Subject = {
  collection: CollectionSlug
  /** A fresh record to act on, made as the server. */
  target: (world: World, payload: Payload) => Promise<Id>
  /** What an actor submits to create one, and a field and value that find it afterwards. */
  create: (world: World, unique: string) => { body: Doc; marker: { field: string; value: unknown } }
  /** A change whose effect shows in the stored record. */
  change: { body: Doc; changed: (after: Doc | null, before: Doc | null) => boolean }
  /** Uploads travel as a form with a file; everything else as JSON. */
  upload?: boolean
  who: { read: Actor[]; create: Actor[]; update: Actor[]; delete: Actor[]; versions: Actor[]; duplicate: Actor[] }
}

const everyone: Actor[] = ['anonymous', 'learner', 'instructor', 'moderator', 'editor', 'admin']
const staff: Actor[] = ['instructor', 'moderator', 'editor', 'admin']
const editors: Actor[] = ['editor', 'admin']
const admins: Actor[] = ['admin']
const members: Actor[] = ['learner', 'moderator', 'admin']
const moderators: Actor[] = ['moderator', 'admin']
const nobody: Actor[] = []

const published = { _status: 'published' }
const random = () => Math.random().toString(36).slice(2, 10)
/** An update that sends nothing new still records that the record was written. */
const touched = { body: {}, changed: (after: Doc | null, before: Doc | null) => after?.updatedAt !== before?.updatedAt }
const titled = (field: string, value: string) => ({
  body: { [field]: value },
  changed: (after: Doc | null) => after?.[field] === value,
})

/** Editorial content: editors write it and read its history; `readers` read it. */
const editorial = (
  collection: CollectionSlug,
  data: (world: World, unique: string) => Doc,
  field: string,
  readers: Actor[],
): Subject => ({
  collection,
  target: (world) => world.create(collection, data(world, `target-${random()}`)),
  create: (world, unique) => ({
    body: data(world, unique),
    marker: { field: 'slug', value: data(world, unique).slug },
  }),
  change: titled(field, `Changed ${random()}`),
  who: { read: readers, create: editors, update: editors, delete: editors, versions: editors, duplicate: editors },
})

export const subjects: Subject[] = [
  editorial('courses', (_, u) => ({ _status: 'draft', title: `Draft ${u}`, slug: `draft-${u}` }), 'title', editors),
  // The course's own instructor previews its lessons; versions stay with editors.
  editorial('lessons', (w, u) => ({ ...published, course: w.closedCourse, title: `L ${u}`, slug: `l-${u}` }), 'title', [
    'instructor',
    ...editors,
  ]),
  editorial(
    'resources',
    (_, u) => ({ _status: 'draft', title: `R ${u}`, slug: `r-${u}`, type: 'guide' }),
    'title',
    editors,
  ),
  editorial(
    'events',
    (_, u) => ({
      ...published,
      title: `E ${u}`,
      slug: `e-${u}`,
      type: 'webinar',
      startsAt: '2031-01-01T10:00:00Z',
      endsAt: '2031-01-01T11:00:00Z',
      timeZone: 'UTC',
    }),
    'title',
    everyone,
  ),
  editorial(
    'experts',
    (_, u) => ({ ...published, name: `X ${u}`, headline: 'H', slug: `x-${u}`, publicProfile: false }),
    'name',
    editors,
  ),
  editorial('communities', (_, u) => ({ ...published, name: `C ${u}`, slug: `c-${u}` }), 'name', everyone),
  {
    ...editorial('themes', (_, u) => ({ name: `T ${u}`, slug: `t-${u}` }), 'name', everyone),
    who: { read: everyone, create: editors, update: editors, delete: editors, versions: nobody, duplicate: editors },
  },
  {
    collection: 'media',
    upload: true,
    target: (w) =>
      w.upload({ alt: 'members only', visibility: 'members', community: w.community }, pdfFile(`target-${random()}`)),
    create: (w, u) => ({
      body: { alt: `File ${u}`, visibility: 'members', community: w.community },
      marker: { field: 'alt', value: `File ${u}` },
    }),
    change: titled('alt', `Changed ${random()}`),
    who: {
      read: ['learner', 'moderator', ...editors],
      create: ['learner', 'moderator', ...editors],
      update: editors,
      delete: editors,
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
    collection: 'users',
    target: (w) => w.newLearner(),
    create: (_, u) => ({
      body: { name: `New ${u}`, email: `new-${u}@example.org`, password: `a long passphrase ${u}` },
      marker: { field: 'email', value: `new-${u}@example.org` },
    }),
    change: titled('organisation', `Changed ${random()}`),
    who: { read: admins, create: everyone, update: admins, delete: admins, versions: nobody, duplicate: nobody },
  },
  {
    collection: 'enrolments',
    target: async (w) =>
      w.create('enrolments', { user: await w.newLearner(), course: w.closedCourse, status: 'pending' }),
    create: (w) => ({
      body: { user: w.users.otherLearner.id, course: w.closedCourse },
      marker: { field: 'user', value: w.users.otherLearner.id },
    }),
    change: { body: { status: 'active' }, changed: (after) => after?.status === 'active' },
    who: {
      read: ['instructor', 'admin'],
      create: admins,
      update: ['instructor', 'admin'],
      delete: admins,
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
    collection: 'lesson-progress',
    target: async (w) => w.create('lesson-progress', { user: await w.newLearner(), lesson: w.closedLesson }),
    create: (w) => ({
      body: { user: w.users.otherLearner.id, lesson: w.closedLesson },
      marker: { field: 'user', value: w.users.otherLearner.id },
    }),
    change: {
      body: { completedAt: '2030-01-01T00:00:00.000Z' },
      changed: (after) => String(after?.completedAt).startsWith('2030-01-01'),
    },
    who: {
      read: ['instructor', 'admin'],
      create: admins,
      update: admins,
      delete: admins,
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
    collection: 'event-registrations',
    target: async (w) => w.create('event-registrations', { user: await w.newLearner(), event: w.event }),
    create: (w) => ({
      body: { user: w.users.otherLearner.id, event: w.event },
      marker: { field: 'user', value: w.users.otherLearner.id },
    }),
    change: touched,
    who: { read: editors, create: admins, update: admins, delete: admins, versions: nobody, duplicate: nobody },
  },
  {
    collection: 'memberships',
    target: async (w) =>
      w.create('memberships', { user: await w.newLearner(), community: w.community, status: 'pending' }),
    create: (w) => ({
      body: { user: w.users.otherLearner.id, community: w.spareCommunity },
      marker: { field: 'community', value: w.spareCommunity },
    }),
    change: { body: { status: 'approved' }, changed: (after) => after?.status === 'approved' },
    who: { read: moderators, create: admins, update: moderators, delete: admins, versions: nobody, duplicate: nobody },
  },
  {
    collection: 'threads',
    target: (w) =>
      w.create('threads', { community: w.community, author: w.users.otherLearner.id, title: 'Thread', body: 'Body' }),
    create: (w, u) => ({
      body: { community: w.community, title: `Thread ${u}`, body: 'Hello colleagues' },
      marker: { field: 'title', value: `Thread ${u}` },
    }),
    change: titled('title', `Edited ${random()}`),
    who: {
      read: members,
      create: members,
      update: moderators,
      delete: moderators,
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
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
    create: (w, u) => ({
      body: { thread: w.made.find((made) => made.collection === 'threads')?.id, body: `Reply ${u}` },
      marker: { field: 'body', value: `Reply ${u}` },
    }),
    change: titled('body', `Edited ${random()}`),
    who: {
      read: members,
      create: members,
      update: moderators,
      delete: moderators,
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
    // The editor's lock on a course: staff see who is editing; its holder and editors release or take it.
    collection: 'payload-locked-documents',
    target: (w) =>
      w.create('payload-locked-documents', {
        document: { relationTo: 'courses', value: w.openCourse },
        user: { relationTo: 'users', value: w.users.editor.id },
      }),
    create: (w, u) => ({
      body: { globalSlug: `lock-${u}`, user: { relationTo: 'users', value: w.users.otherLearner.id } },
      marker: { field: 'globalSlug', value: `lock-${u}` },
    }),
    change: touched,
    who: { read: staff, create: staff, update: editors, delete: editors, versions: nobody, duplicate: nobody },
  },
  {
    // The editor's own admin settings: hers alone.
    collection: 'payload-preferences',
    target: async (w, payload) => {
      // Payload sets a preference's owner from the session that saves it.
      const doc = await payload.create({
        collection: 'payload-preferences',
        data: {
          key: `prefs-${random()}`,
          value: { columns: [] },
          user: { relationTo: 'users', value: w.users.editor.id },
        },
        user: w.users.editor,
        overrideAccess: true,
      })
      w.made.push({ collection: 'payload-preferences', id: doc.id })
      return doc.id
    },
    create: (_, u) => ({
      body: { key: `prefs-${u}`, value: { columns: [] } },
      marker: { field: 'key', value: `prefs-${u}` },
    }),
    change: {
      body: { value: { changed: true } },
      changed: (after) => JSON.stringify(after?.value) === '{"changed":true}',
    },
    who: {
      read: ['editor'],
      create: staff,
      update: ['editor'],
      delete: ['editor'],
      versions: nobody,
      duplicate: nobody,
    },
  },
  {
    collection: 'payload-jobs',
    target: (w) =>
      w.create('payload-jobs', {
        taskSlug: 'schedulePublish',
        input: { type: 'publish' },
        waitUntil: '2099-01-01T00:00:00.000Z',
      }),
    create: (_, u) => ({
      body: { taskSlug: 'schedulePublish', input: { marker: u }, queue: `queue-${u}` },
      marker: { field: 'queue', value: `queue-${u}` },
    }),
    change: {
      body: { waitUntil: '2098-01-01T00:00:00.000Z' },
      changed: (after) => String(after?.waitUntil).startsWith('2098'),
    },
    who: { read: admins, create: nobody, update: nobody, delete: admins, versions: nobody, duplicate: nobody },
  },
  {
    collection: 'payload-kv',
    target: (w) => w.create('payload-kv', { key: `kv-${random()}`, data: { value: 1 } }),
    create: (_, u) => ({ body: { key: `kv-${u}`, data: { value: 1 } }, marker: { field: 'key', value: `kv-${u}` } }),
    change: { body: { data: { value: 2 } }, changed: (after) => JSON.stringify(after?.data) === '{"value":2}' },
    who: { read: nobody, create: nobody, update: nobody, delete: nobody, versions: nobody, duplicate: nobody },
  },
]

/** A small real PDF for uploads. */
export const pdfFile = (name: string) => {
  const data = minimalPdf({ title: name, paragraphs: ['A file for the route table.'] })
  return { data, name: `${name}.pdf`, mimetype: 'application/pdf', size: data.length }
}
