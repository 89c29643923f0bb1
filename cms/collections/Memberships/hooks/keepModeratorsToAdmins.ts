import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/userRoles'
import { relationKey } from '../../../shared/relationId'

/**
 * Moderators accept, decline, ban and readmit members. Who moderates is an admin's decision: a
 * moderator changes nobody's role and leaves other moderators' memberships alone. Nobody moves a
 * membership to another person or community (that would admit someone where no moderator decided).
 */
export const keepModeratorsToAdmins: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  for (const field of ['user', 'community'] as const) {
    if (data[field] !== undefined && relationKey(data[field]) !== relationKey(originalDoc[field])) {
      throw new APIError(`A membership's ${field} cannot be changed; remove it and ask or add again.`, 400, null, true)
    }
  }
  if (!req.user || hasRole(req.user, 'admin')) return data
  if (data.role !== undefined && data.role !== originalDoc.role) throw new APIError('Only an admin can make someone a moderator, or stop it.', 403, null, true)
  if (originalDoc.role === 'moderator') throw new APIError('Only an admin can change a moderator’s membership.', 403, null, true)
  return data
}
