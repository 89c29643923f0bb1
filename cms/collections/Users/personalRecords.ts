import type { CollectionSlug } from 'payload'

/**
 * Every kind of record about a person, by the field that points at her account, and what deleting
 * the account does with it. One list, read by the data download and by account deletion, so that
 * neither forgets a kind; a test checks that every link to an account in the schema is here or
 * named as not personal (tests/int/account-lifecycle.test.ts).
 */
export const personalRecords: {
  collection: CollectionSlug
  field: string
  onDelete: 'delete' | 'anonymise' | 'unlink'
  /** Fields about the record that are others' business (moderators'), left out of the download. */
  notHers?: string[]
}[] = [
  { collection: 'enrolments', field: 'user', onDelete: 'delete' },
  { collection: 'lesson-progress', field: 'user', onDelete: 'delete' },
  { collection: 'memberships', field: 'user', onDelete: 'delete' },
  { collection: 'event-registrations', field: 'user', onDelete: 'delete' },
  // What she wrote for others stays in the discussion, signed by nobody.
  { collection: 'threads', field: 'author', onDelete: 'anonymise' },
  { collection: 'posts', field: 'author', onDelete: 'anonymise', notHers: ['reported'] },
  // An expert profile is editorial content (published with consent); it only loses the link to the account.
  { collection: 'experts', field: 'account', onDelete: 'unlink' },
  // A file she shared stays in the discussion that links to it, no longer hers.
  { collection: 'media', field: 'uploadedBy', onDelete: 'unlink' },
]
