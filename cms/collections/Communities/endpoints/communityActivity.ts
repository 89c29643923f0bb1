import type { Endpoint } from 'payload'

import { problem } from '../../../http/problem'
import { publishedBySlug } from '../../../http/publishedBySlug'
import { routeParam } from '../../../http/routeParam'

type Item = {
  kind: 'thread' | 'reply' | 'resource' | 'event'
  title: string
  by: string | null
  at: string
  thread?: number
  slug?: string
}

/**
 * GET /api/communities/:community/activity?locale=fr — what happened lately in a community, for its
 * members: new discussions and replies (read with the member's own rights, so hidden posts stay
 * hidden), and new library resources and events of its theme. Newest first, 20 items.
 */
export const communityActivity: Endpoint = {
  path: '/:community/activity',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to see the activity of a community.')
    const locale = req.locale ?? 'en'
    const community = await publishedBySlug(req, 'communities', routeParam(req, 'community'))
    if (!community) return problem(404, 'No such community.')
    const asMember = { req, user: req.user, overrideAccess: false, depth: 0, limit: 20, locale } as const
    const threads = await req.payload
      .find({ collection: 'threads', where: { community: { equals: community.id } }, sort: '-createdAt', ...asMember })
      .catch(() => null)
    if (!threads) return problem(403, 'Only members see the activity of this community.')
    const replies = await req.payload.find({
      collection: 'posts',
      where: { community: { equals: community.id } },
      sort: '-createdAt',
      ...asMember,
    })
    const titles = new Map(threads.docs.map((thread) => [thread.id, thread.title]))
    const published = { _status: { equals: 'published' } }
    const theme = community.theme ? { themes: { in: [community.theme] } } : null
    const [resources, events] = await Promise.all([
      theme
        ? req.payload.find({
            collection: 'resources',
            where: { and: [published, theme] },
            sort: '-createdAt',
            depth: 0,
            limit: 10,
            locale,
            overrideAccess: false,
            req,
          })
        : { docs: [] },
      req.payload.find({
        collection: 'events',
        where: { and: [published, { or: [{ community: { equals: community.id } }, ...(theme ? [theme] : [])] }] },
        sort: '-createdAt',
        depth: 0,
        limit: 10,
        locale,
        overrideAccess: false,
        req,
      }),
    ])
    const items: Item[] = [
      ...threads.docs.map((thread): Item => ({
        kind: 'thread',
        title: thread.title,
        by: thread.authorName ?? null,
        at: thread.createdAt,
        thread: thread.id as number,
      })),
      ...replies.docs.map((post): Item => ({
        kind: 'reply',
        title: titles.get(post.thread as number) ?? '',
        by: post.authorName ?? null,
        at: post.createdAt,
        thread: post.thread as number,
      })),
      ...resources.docs.map((doc): Item => ({
        kind: 'resource',
        title: String(doc.title),
        by: null,
        at: doc.createdAt,
        slug: doc.slug as string,
      })),
      ...events.docs.map((doc): Item => ({
        kind: 'event',
        title: String(doc.title),
        by: null,
        at: doc.createdAt,
        slug: doc.slug as string,
      })),
    ]
    items.sort((a, b) => b.at.localeCompare(a.at))
    return Response.json({ items: items.slice(0, 20) }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
