import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { markRebuildRequested } from '../publishing/markRebuildRequested'

type Status = { _status?: string } | undefined

/** Only what the public sees matters: a published version appeared, changed or went away. */
const touchesPublic = (doc: Status, previous: Status) =>
  doc?._status === undefined || doc._status === 'published' || previous?._status === 'published'

/** Public content changed: ask for a rebuild (not while seeding, which builds once at the end). */
export const requestSiteRebuild: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (!context.seeding && !context.skipRebuild && touchesPublic(doc, previousDoc)) await markRebuildRequested(req)
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
