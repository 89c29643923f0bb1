import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
} from 'payload'

import { isLivePublished, wasLiveKey } from '../publishing/livePublication'
import { markRebuildRequested } from '../publishing/markRebuildRequested'

type Status = { _status?: string | null } | undefined

/** Published content, or content without drafts: what the public sees. */
const isPublic = (doc: Status) => doc?._status !== 'draft'

/**
 * Before an update whose latest version is a draft: notes whether a published document is live
 * behind it, since unpublishing it then changes the public site although no hook argument says so.
 */
export const noteLivePublication: CollectionBeforeChangeHook = async (args) => {
  const { collection, context, data, operation, originalDoc, req } = args
  if (!context.seeding && !context.skipRebuild && operation === 'update' && originalDoc?._status === 'draft') {
    const live = { collection: collection.slug, id: originalDoc.id }
    // Read first: a Local API call given `req` gives it a new context object.
    const wasLive = await isLivePublished({ ...live, req })
    req.context[wasLiveKey(live)] = wasLive
  }
  return data
}

/**
 * Whether a change saved as a draft took a published document off the public site. A draft saved
 * over a published document leaves it live (Payload stores only a new version); unpublishing does not.
 */
const unpublishes = async ({ collection, doc, previousDoc, req }: Parameters<CollectionAfterChangeHook>[0]) => {
  const live = { collection: collection.slug, id: doc.id }
  const wasLive = previousDoc?._status === 'published' || req.context[wasLiveKey(live)] === true
  return wasLive && !(await isLivePublished({ ...live, req }))
}

/** Public content changed: ask for a rebuild (not while seeding, which builds once at the end). */
export const requestSiteRebuild: CollectionAfterChangeHook = async (args) => {
  const { doc, req, context } = args
  if (context.seeding || context.skipRebuild) return doc
  const changesPublic = isPublic(doc) || (await unpublishes(args))
  if (changesPublic) await markRebuildRequested(req)
  return doc
}

export const requestSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (!context.seeding && !context.skipRebuild && isPublic(doc)) await markRebuildRequested(req)
  return doc
}

export const requestSiteRebuildOnGlobal: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.seeding && !context.skipRebuild) await markRebuildRequested(req)
  return doc
}
