import type { SanitizedConfig } from 'payload'

import type { CollectionAccess } from '../accessDeclarations'
import { isAdmin } from '../isAdmin'
import { nobody } from '../nobody'
import { lockHeldByCaller, lockedDocumentsAccess } from './lockedDocuments'
import { onlyForAdminPanelUsers, preferencesAccess } from './preferences'

const serverOnly: CollectionAccess = {
  read: nobody,
  create: nobody,
  update: nobody,
  delete: nobody,
  readVersions: nobody,
  unlock: nobody,
  admin: nobody,
}

/** Jobs (scheduled publishing): the server queues and runs them; admins may look and clean up. */
const jobsAccess: CollectionAccess = { ...serverOnly, read: isAdmin, delete: isAdmin }

/**
 * The collections Payload adds by itself, with the access this platform gives them. Payload's own
 * default is "any signed-in user" for all of them; a new one appearing after an upgrade fails the
 * start (see enforceDeclaredAccess) until it is listed here.
 */
export const internalCollectionAccess: Record<string, CollectionAccess> = {
  'payload-locked-documents': lockedDocumentsAccess,
  'payload-preferences': preferencesAccess,
  'payload-jobs': jobsAccess,
  // Payload's key-value store and its record of applied migrations are the server's own bookkeeping.
  'payload-kv': serverOnly,
  'payload-migrations': serverOnly,
}

/** Gives Payload's internal collections the access above (they cannot be declared before Payload adds them). */
export const secureInternalCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const access = internalCollectionAccess[collection.slug]
    if (!access) continue
    collection.access = { ...access }
    if (collection.slug === 'payload-locked-documents') collection.hooks.beforeChange.push(lockHeldByCaller)
    if (collection.slug === 'payload-preferences') collection.endpoints = onlyForAdminPanelUsers(collection.endpoints)
    // Without endpoints Payload answers 501 naming its default host; a collection without routes is simply not found.
    if (collection.endpoints === false) collection.endpoints = []
  }
  return config
}
