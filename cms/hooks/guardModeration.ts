import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { moderatedCommunityIds } from '../access/userScopes'
import { hasRole } from '../access/userRoles'
import { relationKey } from '../lib/relationId'

const moderationFields = ['pinned', 'locked', 'hidden'] as const

/** Only moderators of the community (and admins) pin, lock or hide. */
export const guardModeration: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return data
  const community = data.community ?? originalDoc?.community
  const moderated = (await moderatedCommunityIds(req)).map(String)
  if (moderated.includes(relationKey(community))) return data
  const touched = moderationFields.filter(
    (field) => field in data && data[field] !== undefined && Boolean(data[field]) !== Boolean(originalDoc?.[field]),
  )
  if (touched.length > 0) {
    throw new APIError(`Only moderators can change: ${touched.join(', ')}.`, 403, null, true)
  }
  return data
}
