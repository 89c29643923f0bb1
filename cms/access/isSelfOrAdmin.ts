import type { Access, FieldAccess } from 'payload'

import { hasRole } from './userRoles'

/** On the users collection: a user reaches her own record; admins reach all. */
export const isSelfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

/** Personal fields (email, gender, consent): the user herself and admins. */
export const isSelfOrAdminField: FieldAccess = ({ req, id, doc }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const target = id ?? (doc as { id?: unknown } | undefined)?.id
  return target !== undefined && String(target) === String(req.user.id)
}
