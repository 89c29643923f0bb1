import type { CollectionSlug, PayloadRequest } from 'payload'

type LiveDocument = { collection: CollectionSlug; id: number | string; req: PayloadRequest }

/**
 * Whether the stored (live) document is published. With drafts, Payload keeps the published document
 * apart from newer drafts, which live only in the version history; hooks see the latest version, so
 * only this read tells whether the public can see the document.
 */
export const isLivePublished = async ({ collection, id, req }: LiveDocument) => {
  // The server's own look at the live document, not a read on anyone's behalf.
  const live = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return live !== null && '_status' in live && live._status === 'published'
}

/** Where a change notes, for its after-change hook, whether the document was live before it. */
export const wasLiveKey = ({ collection, id }: Omit<LiveDocument, 'req'>) => `wasLive:${collection}:${id}`
