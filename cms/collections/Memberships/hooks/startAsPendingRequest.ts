import type { CollectionBeforeChangeHook } from 'payload'

import { moderatedCommunityIds } from '../../../access/userScopes'
import { hasRole } from '../../../access/userRoles'
import { relationKey } from '../../../shared/relationId'

/** A request to join always starts pending, as a plain member, unless a moderator or admin adds someone. */
export const startAsPendingRequest: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || hasRole(req.user, 'admin')) return data
  const moderated = (await moderatedCommunityIds(req)).map(String)
  if (moderated.includes(relationKey(data.community))) return data
  return { ...data, status: 'pending', role: 'member' }
}
