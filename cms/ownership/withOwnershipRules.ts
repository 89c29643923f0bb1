import type { CollectionConfig } from 'payload'

import { keepOwnershipFixed } from './keepOwnershipFixed'
import { ownershipFields } from './ownershipFields'
import { serverSetsTimestamps } from './serverSetsTimestamps'

/** Adds the ownership rules to every collection, ahead of its own beforeOperation hooks. */
export const withOwnershipRules = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const owned = ownershipFields.find((entry) => entry.collection === collection.slug)
    const rules = owned
      ? [serverSetsTimestamps, keepOwnershipFixed(owned.collection, owned.fields)]
      : [serverSetsTimestamps]
    return {
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [...rules, ...(collection.hooks?.beforeOperation ?? [])] },
    }
  })
