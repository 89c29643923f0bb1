import type { CollectionSlug } from 'payload'

/** The collections the public portal is built from; changing one of them rebuilds it. */
export const publicCollections: CollectionSlug[] = [
  'themes',
  'courses',
  'lessons',
  'resources',
  'events',
  'experts',
  'communities',
  'media',
]
