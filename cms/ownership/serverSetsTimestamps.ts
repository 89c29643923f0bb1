import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/userRoles'

/**
 * When a record was made and last changed is the server's to say: what a client sends as
 * `createdAt` or `updatedAt` (to dodge an edit window or a posting limit, or to sort first) is
 * dropped, and Payload sets both itself. Admins and the server's own work (imports, the seed) may
 * set them.
 */
export const serverSetsTimestamps: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if ((operation !== 'create' && operation !== 'update') || overrideAccess || hasRole(req.user, 'admin')) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object' || (!('createdAt' in data) && !('updatedAt' in data))) return args
  const { createdAt: _created, updatedAt: _updated, ...rest } = data
  return { ...args, data: rest }
}
