import type { Access } from 'payload'

import { memberCommunityIds } from '../../access/userScopes'
import { hasRole } from '../../access/userRoles'

/** Approved members reply in threads of their communities. */
export const canReply: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const threadRef = (data as { thread?: unknown } | undefined)?.thread
  const threadId = typeof threadRef === 'object' && threadRef !== null ? (threadRef as { id: number }).id : threadRef
  if (threadId === undefined || threadId === null) return false
  const thread = await req.payload.findByID({
    collection: 'threads',
    id: threadId as number,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { community: true },
    req,
  })
  if (!thread) return false
  return (await memberCommunityIds(req)).map(String).includes(String(thread.community))
}
