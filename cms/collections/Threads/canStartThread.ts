import type { Access } from 'payload'

import { memberCommunityIds } from '../../access/userScopes'
import { hasRole } from '../../access/userRoles'
import { relationKey } from '../../lib/relationId'

/** Approved members start threads in their own communities. */
export const canStartThread: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const community = (data as { community?: unknown } | undefined)?.community
  if (community === undefined) return false
  return (await memberCommunityIds(req)).map(String).includes(relationKey(community))
}
