import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/userRoles'

/**
 * A request to join always starts pending, as a plain member, whatever it asks for; moderators
 * then decide. (Only admins add people directly, as members or moderators.)
 */
export const startAsPendingRequest: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || hasRole(req.user, 'admin')) return data
  return { ...data, status: 'pending', role: 'member' }
}
