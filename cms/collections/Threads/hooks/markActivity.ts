import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../lib/relationId'

/** A new discussion is active from the moment it starts (clients cannot set this: see the field's access). */
export const startActivity: CollectionBeforeChangeHook = ({ data, operation }) =>
  operation === 'create' ? { ...data, lastActivityAt: data.lastActivityAt ?? new Date().toISOString() } : data

/** Each new reply makes its discussion active again, so lists can show the latest activity first. */
export const markThreadActive: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.update({
    collection: 'threads',
    id: relationId(doc.thread),
    data: { lastActivityAt: doc.createdAt },
    depth: 0,
    overrideAccess: true,
    context: { skipRebuild: true },
    req,
  })
  return doc
}
