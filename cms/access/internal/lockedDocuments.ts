import { APIError, type Access, type CollectionBeforeChangeHook, type Where } from 'payload'

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

const lockedItem = (lock: { document?: unknown; globalSlug?: unknown } | undefined) => {
  const document = lock?.document as { relationTo?: unknown; value?: unknown } | null | undefined
  const value =
    document?.value && typeof document.value === 'object' ? (document.value as { id?: unknown }).id : document?.value
  return `${String(document?.relationTo ?? '')}:${String(value ?? '')}:${String(lock?.globalSlug ?? '')}`
}

/**
 * Who holds a lock is always whoever takes it: nobody locks a document in someone else's name. A
 * lock stays on the document it was taken for (moving it would lock others out of another one).
 */
export const lockHeldByCaller: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const moved =
    operation === 'update' &&
    (data.document !== undefined || data.globalSlug !== undefined) &&
    lockedItem({ ...originalDoc, ...data }) !== lockedItem(originalDoc)
  if (moved) throw new APIError('A lock stays on the document it was taken for.', 403, null, true)
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

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
