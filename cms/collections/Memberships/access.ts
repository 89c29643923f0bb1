import type { Access, Where } from 'payload'

import { moderatedCommunityIds } from '../../access/userScopes'
import { hasRole } from '../../access/userRoles'

/** A member sees her own memberships; moderators those of their communities; admins all. */
export const canReadMembership: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const own: Where = { user: { equals: req.user.id } }
  const moderated = await moderatedCommunityIds(req)
  return moderated.length > 0 ? { or: [own, { community: { in: moderated } }] } : own
}

/** Approving, rejecting and banning belong to the community's moderators and admins. */
export const canDecideMembership: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const moderated = await moderatedCommunityIds(req)
  return moderated.length > 0 ? { community: { in: moderated } } : false
}

/** A person withdraws her own request or leaves the community; a ban holds until a moderator lifts it. */
export const canWithdrawMembership: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const ownUnbanned: Where = { and: [{ user: { equals: req.user.id } }, { status: { not_equals: 'banned' } }] }
  return ownUnbanned
}
