import type { CollectionConfig } from 'payload'

import { noteLivePublication, requestSiteRebuild, requestSiteRebuildOnDelete } from '../hooks/requestSiteRebuild'
import { publicCollections } from './publicCollections'

/** Adds the rebuild request to every collection the portal is built from, after its own hooks. */
export const withRebuildHooks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) =>
    (publicCollections as string[]).includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), noteLivePublication],
            afterChange: [...(collection.hooks?.afterChange ?? []), requestSiteRebuild],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), requestSiteRebuildOnDelete],
          },
        }
      : collection,
  )
