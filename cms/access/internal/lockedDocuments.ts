import type { Access, CollectionBeforeChangeHook, Where } from 'payload'

import { hasRole, isStaffUser, usesAdminPanel } from '../userRoles'
import type { CollectionAccess } from '../accessDeclarations'
import { canUseAdminPanel } from '../canUseAdminPanel'
import { nobody } from '../nobody'

/**
 * A lock is released or taken over by the person holding it, or by an editor or admin (who may edit
 * every editorial document); instructors and moderators handle their own locks only.
 */
const ownLockOrEditor: Access = ({ req }) => {
  if (!usesAdminPanel(req.user)) return false
  if (isStaffUser(req.user) || hasRole(req.user, 'admin')) return true
  const own: Where = { 'user.value': { equals: req.user!.id } }
  return own
}

/** Who holds a lock is always whoever takes it: nobody locks a document in someone else's name. */
export const lockHeldByCaller: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, user: { relationTo: req.user.collection, value: req.user.id } } : data

/** Payload's document locks (the admin's "someone is editing this" notice). */
export const lockedDocumentsAccess: CollectionAccess = {
  // Staff see which documents are being edited (the admin shows it); nobody else does.
  read: canUseAdminPanel,
  create: canUseAdminPanel,
  update: ownLockOrEditor,
  delete: ownLockOrEditor,
  readVersions: nobody,
  unlock: nobody,
  admin: nobody,
}
