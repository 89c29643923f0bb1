import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { moderatedCommunityIds } from '../../../access/userScopes'
import { hasRole } from '../../../access/userRoles'

/** A reply belongs to its thread's community, and a locked thread takes no new replies. */
export const inheritThread: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const threadId = typeof data.thread === 'object' && data.thread !== null ? data.thread.id : data.thread
  const thread = await req.payload.findByID({
    collection: 'threads',
    id: threadId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { community: true, locked: true },
    req,
  })
  if (!thread) throw new APIError('That thread does not exist.', 400, null, true)
  const community = thread.community
  if (thread.locked && req.user && !hasRole(req.user, 'admin')) {
    const moderated = (await moderatedCommunityIds(req)).map(String)
    if (!moderated.includes(String(community))) throw new APIError('This thread is locked.', 403, null, true)
  }
  return { ...data, community }
}
