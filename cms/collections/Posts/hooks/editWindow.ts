import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { moderatedCommunityIds } from '../../../access/userScopes'
import { hasRole } from '../../../access/userRoles'
import { relationKey } from '../../../lib/relationId'

/** How long an author may still change what she posted. */
export const editWindowMinutes = 30

/**
 * Authors may correct their own post for a while after posting (the post then says it was
 * edited); after that the discussion stands as others read it. Moderators and admins are not bound.
 */
export const editWindow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || data.body === undefined || data.body === originalDoc?.body) return data
  if (
    hasRole(req.user, 'admin') ||
    (await moderatedCommunityIds(req)).map(String).includes(relationKey(originalDoc?.community))
  )
    return data
  const postedAt = Date.parse(originalDoc?.createdAt ?? '')
  if (Date.now() - postedAt > editWindowMinutes * 60_000) {
    throw new APIError(`Posts can be edited for ${editWindowMinutes} minutes after posting.`, 403, null, true)
  }
  return { ...data, editedAt: new Date().toISOString() }
}
