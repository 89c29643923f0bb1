import type { GlobalSlug } from 'payload'

import type { Actor } from '../../helpers/world'

type Doc = Record<string, unknown>

/** A global's standard routes (read, update, versions) and who may use each. */
export type GlobalSubject = {
  slug: GlobalSlug
  change: { body: Doc; changed: (after: Doc) => boolean }
  who: { read: Actor[]; update: Actor[]; versions: Actor[] }
}

const changedAddress = `changed-${Math.random().toString(36).slice(2, 8)}@example.org`

export const globalSubjects: GlobalSubject[] = [
  {
    slug: 'site-settings',
    change: {
      body: { siteName: 'Connect & Learn', contactEmail: changedAddress },
      changed: (after) => after.contactEmail === changedAddress,
    },
    who: {
      read: ['anonymous', 'learner', 'instructor', 'moderator', 'editor', 'admin'],
      update: ['editor', 'admin'],
      versions: [],
    },
  },
  {
    // Written by the build worker only; editors follow it.
    slug: 'site-status',
    change: {
      body: { lastError: 'changed by a client' },
      changed: (after) => after.lastError === 'changed by a client',
    },
    who: { read: ['editor', 'admin'], update: [], versions: [] },
  },
]
