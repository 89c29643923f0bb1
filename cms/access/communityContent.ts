import type { Access, Where } from 'payload'

import { memberCommunityIds, moderatedCommunityIds } from './userScopes'
import { hasRole } from './userRoles'

/**
 * Forum content (threads, posts): approved members read what is not hidden; moderators of the
 * community read everything in it; admins everything. Nobody else reads any of it.
 */
export const canReadCommunityContent: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const [members, moderated] = await Promise.all([memberCommunityIds(req), moderatedCommunityIds(req)])
  const readable: Where[] = []
  if (moderated.length > 0) readable.push({ community: { in: moderated } })
  if (members.length > 0) readable.push({ and: [{ community: { in: members } }, { hidden: { not_equals: true } }] })
  return readable.length > 0 ? { or: readable } : false
}

/** Authors edit their own contributions; moderators anything in their communities. */
export const canUpdateCommunityContent: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const moderated = await moderatedCommunityIds(req)
  const own: Where = { author: { equals: req.user.id } }
  return moderated.length > 0 ? { or: [own, { community: { in: moderated } }] } : own
}

/** Removing content is a moderation act. */
export const canDeleteCommunityContent: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const moderated = await moderatedCommunityIds(req)
  return moderated.length > 0 ? { community: { in: moderated } } : false
}
