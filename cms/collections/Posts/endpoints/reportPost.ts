import type { Endpoint } from 'payload'

import { problem } from '../../../http/problem'
import { routeParam } from '../../../http/routeParam'

/**
 * POST /api/posts/:id/report — a member flags a post for the community's moderators. Only someone
 * who can read the post can report it; reporting twice changes nothing.
 */
export const reportPost: Endpoint = {
  path: '/:id/report',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to report a post.')
    const id = routeParam(req, 'id')
    const post = await req.payload.findByID({
      collection: 'posts',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!post) return problem(404, 'No such post.')
    await req.payload.update({
      collection: 'posts',
      id: post.id,
      data: { reported: true },
      overrideAccess: true,
      depth: 0,
      req,
    })
    return Response.json({ message: 'Thank you: the moderators will look at this post.' })
  },
}
