import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { markRebuildRequested } from '../publishing/markRebuildRequested'

type Status = { _status?: string | null } | undefined
type AfterChange = Parameters<CollectionAfterChangeHook>[0]

/** Only what the public sees matters: a published version appeared, changed or went away. */
const touchesPublic = (doc: Status, previous: Status) =>
  doc?._status === undefined || doc._status === 'published' || previous?._status === 'published'

/**
 * A draft saved over a published document leaves the published one in place (Payload writes only a
 * new version), yet the hook sees a published `previousDoc` and a draft `doc`, as when unpublishing.
 * The stored document tells them apart: still published means nothing public changed.
 */
const isDraftOverPublished = async ({ collection, doc, previousDoc, req }: AfterChange) => {
  if (doc?._status !== 'draft' || previousDoc?._status !== 'published') return false
  // The server's own look at the live document, not a read on anyone's behalf.
  const live = await req.payload.findByID({
    collection: collection.slug,
    id: doc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return live !== null && '_status' in live && live._status === 'published'
}

/** Public content changed: ask for a rebuild (not while seeding, which builds once at the end). */
export const requestSiteRebuild: CollectionAfterChangeHook = async (args) => {
  const { doc, previousDoc, req, context } = args
  if (context.seeding || context.skipRebuild || !touchesPublic(doc, previousDoc)) return doc
  if (!(await isDraftOverPublished(args))) await markRebuildRequested(req)
  return doc
}

export const requestSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (!context.seeding && !context.skipRebuild && touchesPublic(doc, undefined)) await markRebuildRequested(req)
  return doc
}

export const requestSiteRebuildOnGlobal: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.seeding && !context.skipRebuild) await markRebuildRequested(req)
  return doc
}
