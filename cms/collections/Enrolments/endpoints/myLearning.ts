import type { Endpoint } from 'payload'

import { courseWithSyllabus, progressIn } from '../../LessonProgress/endpoints/courseProgress'
import { problem } from '../../../http/problem'

/** GET /api/enrolments/mine?locale=fr — "My learning": each of my courses with my progress and where to resume. */
export const myLearning: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to see your courses.')
    const { docs } = await req.payload.find({
      collection: 'enrolments',
      where: { and: [{ user: { equals: req.user.id } }, { status: { not_equals: 'withdrawn' } }] },
      depth: 1,
      pagination: false,
      overrideAccess: true,
      locale: req.locale ?? 'en',
      sort: '-updatedAt',
      req,
    })
    const courses = []
    for (const enrolment of docs) {
      const slug = (enrolment.course as { slug?: string } | null)?.slug
      const course = slug ? await courseWithSyllabus(req, slug) : null
      if (!course) continue
      const progress = await progressIn(req, course)
      courses.push({
        slug,
        title: (enrolment.course as { title?: string }).title ?? slug,
        access: course.access,
        status: enrolment.status,
        completed: progress.completed,
        total: progress.total,
        percent: progress.percent,
        resume: progress.resume,
      })
    }
    return Response.json({ courses }, { headers: { 'cache-control': 'no-store' } })
  },
}
