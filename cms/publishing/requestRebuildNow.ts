import type { PayloadHandler } from 'payload'

import { hasRole } from '../access/userRoles'
import { markRebuildRequested } from './markRebuildRequested'

/** POST /api/globals/site-status/rebuild — admins ask for a rebuild without changing content. */
export const requestRebuildNow: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin'))
    return Response.json({ errors: [{ message: 'Only admins can rebuild the site.' }] }, { status: 403 })
  await markRebuildRequested(req)
  return Response.json({ message: 'Rebuild requested.' }, { status: 202 })
}
