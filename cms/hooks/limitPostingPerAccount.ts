import { APIError, type CollectionBeforeChangeHook, type Where } from 'payload'

import { limits } from '../accounts/limits'
import { hasRole } from '../access/userRoles'

/** Forum contributions one account may make per minute (counted from the records, so every instance agrees). */
const perMinute = () => limits().postingPerAccount.points

/**
 * The per-account side of the posting limit (each address is limited too: throttlePostingPerAddress): an account
 * that posted too much in the last minute is refused with 429 until the oldest post ages out.
 */
export const limitPostingPerAccount: CollectionBeforeChangeHook = async ({ operation, req }) => {
  if (operation !== 'create' || !req.user || hasRole(req.user, 'admin')) return
  const since = new Date(Date.now() - 60_000).toISOString()
  const recent: Where = { and: [{ author: { equals: req.user.id } }, { createdAt: { greater_than: since } }] }
  const counts = await Promise.all(
    (['threads', 'posts'] as const).map((collection) =>
      req.payload.find({ collection, where: recent, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true, req }),
    ),
  )
  if (counts.reduce((sum, found) => sum + found.totalDocs, 0) < perMinute()) return
  const oldest = Math.min(...counts.flatMap((found) => found.docs.map((doc) => Date.parse(doc.createdAt))))
  const seconds = Math.max(1, Math.ceil((oldest + 60_000 - Date.now()) / 1000))
  // Sent with the error answer (Payload merges these headers into it).
  req.responseHeaders = new Headers({ 'retry-after': String(seconds) })
  throw new APIError(
    `Too many posts from your account. Try again in ${seconds} s.`,
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}
