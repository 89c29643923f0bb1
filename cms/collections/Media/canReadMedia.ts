import type { Access, Where } from 'payload'

import { memberCommunityIds, moderatedCommunityIds } from '../../access/userScopes'
import { isStaffUser } from '../../access/userRoles'
import { relationKey } from '../../lib/relationId'

/** The communities whose members-only files the user may see: those she belongs to or moderates. */
const ownCommunities = async (req: Parameters<Access>[0]['req']) => {
  const [members, moderated] = await Promise.all([memberCommunityIds(req), moderatedCommunityIds(req)])
  return [...new Set([...members, ...moderated].map(String))]
}

/** Public files are public; files shared inside a community reach its members, moderators and staff. */
export const canReadMedia: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  const publicFiles: Where = { visibility: { equals: 'public' } }
  if (!req.user) return publicFiles
  const communities = await ownCommunities(req)
  return communities.length > 0
    ? { or: [publicFiles, { and: [{ visibility: { equals: 'members' } }, { community: { in: communities } }] }] }
    : publicFiles
}

/** Editors add any file; a member shares a members-only file in a community she belongs to. */
export const canCreateMedia: Access = async ({ req, data }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return false
  const file = data as { visibility?: unknown; community?: unknown } | undefined
  if (file?.visibility !== 'members' || !file.community) return false
  return (await ownCommunities(req)).includes(relationKey(file.community))
}
