import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/userRoles'

/**
 * Moderators accept, decline, ban and readmit members. Who moderates is an admin's decision: a
 * moderator changes nobody's role and leaves other moderators' memberships alone. (Whose membership
 * it is and of which community never change: see cms/ownership.)
 */
export const keepModeratorsToAdmins: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  if (!req.user || hasRole(req.user, 'admin')) return data
  if (data.role !== undefined && data.role !== originalDoc.role)
    throw new APIError('Only an admin can make someone a moderator, or stop it.', 403, null, true)
  if (originalDoc.role === 'moderator')
    throw new APIError('Only an admin can change a moderator’s membership.', 403, null, true)
  return data
}
