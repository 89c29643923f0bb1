import type { CollectionSlug, PayloadRequest } from 'payload'

import { moderatedCommunityIds } from '../access/userScopes'

type Id = number | string

/** Who, besides admins, may move a record from one value of the field to another. */
type Mover = (req: PayloadRequest, from: Id, to: Id) => Promise<boolean>

/** Moderators move a discussion between communities they both moderate. */
const moderatesBoth: Mover = async (req, from, to) => {
  const moderated = (await moderatedCommunityIds(req)).map(String)
  return moderated.includes(String(from)) && moderated.includes(String(to))
}

export type OwnershipField = {
  name: string
  movableBy?: Mover
  /** Written by the server on every save (derived from another field, or the uploader): not even an admin sets it. */
  keptByServer?: true
}

/**
 * The fields that say whom a record belongs to or what it is about. They are set on creation (by
 * the server where a client could lie: authors, uploaders, the course of a progress record) and
 * never change afterwards except by an admin. One list: the hook that enforces it and the
 * field-write test both read it, and the test fails on a relationship field missing from it that
 * is not named as editorial (tests/int/field-write-matrix.test.ts).
 */
export const ownershipFields: { collection: CollectionSlug; fields: OwnershipField[] }[] = [
  { collection: 'enrolments', fields: [{ name: 'user' }, { name: 'course' }] },
  {
    collection: 'lesson-progress',
    fields: [{ name: 'user' }, { name: 'lesson' }, { name: 'course', keptByServer: true }],
  },
  { collection: 'event-registrations', fields: [{ name: 'user' }, { name: 'event' }] },
  { collection: 'memberships', fields: [{ name: 'user' }, { name: 'community' }] },
  { collection: 'threads', fields: [{ name: 'community', movableBy: moderatesBoth }, { name: 'author' }] },
  { collection: 'posts', fields: [{ name: 'thread' }, { name: 'community' }, { name: 'author' }] },
  { collection: 'media', fields: [{ name: 'uploadedBy', keptByServer: true }, { name: 'community' }] },
  { collection: 'lessons', fields: [{ name: 'course' }] },
]
