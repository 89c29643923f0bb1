import type { Access } from 'payload'

import { hasRole } from './userRoles'

/** Rows that carry a `user` field: the owner reaches her own rows, admins all. */
export const ownedByUser: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { user: { equals: req.user.id } }
}

/** Create only for oneself: a learner cannot create a row on behalf of someone else. */
export const createsForSelf: Access = ({ req, data }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const owner = (data as { user?: unknown } | undefined)?.user
  const ownerId = typeof owner === 'object' && owner !== null ? (owner as { id?: unknown }).id : owner
  return ownerId !== undefined && String(ownerId) === String(req.user.id)
}
