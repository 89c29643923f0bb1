import type { CollectionConfig } from 'payload'

import { rejectBadRestInput } from './rejectBadRestInput'

/** Adds the REST input checks to every collection, ahead of its own hooks. */
export const withRestInputChecks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [rejectBadRestInput, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
