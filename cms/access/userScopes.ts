import type { PayloadRequest } from 'payload'

import { relationId } from '../lib/relationId'

/**
 * What a user belongs to, looked up once per request and cached on `req.context`, so access
 * functions evaluated for many rows do not query again (no N+1).
 * These lookups are the server's own bookkeeping, so they bypass access control deliberately.
 */
const cached = async (req: PayloadRequest, key: string, load: () => Promise<(string | number)[]>) => {
  const cache = (req.context.scopes ??= {}) as Record<string, (string | number)[]>
  cache[key] ??= await load()
  return cache[key]
}

/** Courses in which the user's enrolment is active or completed. */
export const enrolledCourseIds = (req: PayloadRequest) =>
  cached(req, 'enrolledCourses', async () => {
    if (!req.user) return []
    const { docs } = await req.payload.find({
      collection: 'enrolments',
      where: { user: { equals: req.user.id }, status: { in: ['active', 'completed'] } },
      depth: 0,
      pagination: false,
      select: { course: true },
      overrideAccess: true,
      req,
    })
    return docs.map((doc) => relationId(doc.course))
  })

const communitiesWhere = (req: PayloadRequest, key: string, roles: string[]) =>
  cached(req, key, async () => {
    if (!req.user) return []
    const { docs } = await req.payload.find({
      collection: 'memberships',
      where: { user: { equals: req.user.id }, status: { equals: 'approved' }, role: { in: roles } },
      depth: 0,
      pagination: false,
      select: { community: true },
      overrideAccess: true,
      req,
    })
    return docs.map((doc) => relationId(doc.community))
  })

/** Communities where the user is an approved member (moderators included). */
export const memberCommunityIds = (req: PayloadRequest) =>
  communitiesWhere(req, 'memberCommunities', ['member', 'moderator'])

/** Communities the user moderates. */
export const moderatedCommunityIds = (req: PayloadRequest) =>
  communitiesWhere(req, 'moderatedCommunities', ['moderator'])
