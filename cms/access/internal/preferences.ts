import type { Access, Where } from 'payload'

import { usesAdminPanel } from '../userRoles'
import type { CollectionAccess } from '../accessDeclarations'
import { canUseAdminPanel } from '../canUseAdminPanel'
import { nobody } from '../nobody'

/**
 * The admin's per-person settings (columns, open groups, language): each staff member reaches her
 * own. Learners never use the admin, so they store nothing here.
 */
const ownPreferences: Access = ({ req }) => {
  if (!usesAdminPanel(req.user)) return false
  const own: Where = { and: [{ 'user.value': { equals: req.user!.id } }, { 'user.relationTo': { equals: req.user!.collection } }] }
  return own
}

export const preferencesAccess: CollectionAccess = {
  read: ownPreferences,
  create: canUseAdminPanel,
  update: ownPreferences,
  delete: ownPreferences,
  readVersions: nobody,
  unlock: nobody,
  admin: nobody,
}
