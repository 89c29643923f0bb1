import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, SelectType } from 'payload'

/**
 * The published document of `collection` with this slug, read by the server (depth 0) in the
 * request's language, or null: what the custom endpoints act on before checking the user's rights.
 */
export const publishedBySlug = async <S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  slug: string,
  select?: SelectType,
): Promise<DataFromCollectionSlug<S> | null> => {
  // Typed per collection by the signature; the query itself is the same for every collection.
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    locale: req.locale ?? 'en',
    ...(select ? { select } : {}),
    req,
  })
  return (docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
}
