import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Endpoint } from 'payload'

import { problem } from '../../../http/problem'
import { routeParam } from '../../../http/routeParam'

/**
 * GET /api/lessons/course/:course/lesson/:lesson?locale=fr — a lesson's text as HTML, for the
 * closed-course reader. Read with the caller's own rights: an active or completed enrolment, the
 * course's instructors or editors; anyone else gets 404, exactly as for a lesson that does not exist.
 */
export const lessonContent: Endpoint = {
  path: '/course/:course/lesson/:lesson',
  method: 'get',
  handler: async (req) => {
    const course = routeParam(req, 'course')
    const lesson = routeParam(req, 'lesson')
    const { docs } = await req.payload.find({
      collection: 'lessons',
      where: {
        and: [
          { slug: { equals: lesson } },
          { 'course.slug': { equals: course } },
          { _status: { equals: 'published' } },
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      locale: req.locale ?? 'en',
      req,
    })
    const doc = docs[0]
    if (!doc) return problem(404, 'No such lesson, or it is for enrolled learners only.')
    const html = doc.body?.root ? convertLexicalToHTML({ data: doc.body, disableContainer: true }) : ''
    return Response.json(
      { slug: doc.slug, title: doc.title, minutes: doc.durationMinutes ?? null, html },
      { headers: { 'cache-control': 'private, no-store' } },
    )
  },
}
