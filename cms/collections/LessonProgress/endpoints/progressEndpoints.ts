import type { Endpoint } from 'payload'

import { problem } from '../../../http/problem'
import { routeParam } from '../../../http/routeParam'
import { courseWithSyllabus, lessonIdIn, progressIn } from './courseProgress'

const learning = ['active', 'completed']

/** GET /api/lesson-progress/course/:course — my progress in a course, and its lessons I may read. */
const readProgress: Endpoint = {
  path: '/course/:course',
  method: 'get',
  handler: async (req) => {
    const course = await courseWithSyllabus(req, routeParam(req, 'course'))
    if (!course) return problem(404, 'No such course.')
    return Response.json(await progressIn(req, course), { headers: { 'cache-control': 'no-store' } })
  },
}

/**
 * POST /api/lesson-progress/course/:course/lesson/:lesson/complete — records a lesson as done.
 * Idempotent (the second call changes nothing); the last lesson completes the enrolment.
 */
const completeLesson: Endpoint = {
  path: '/course/:course/lesson/:lesson/complete',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to record your progress.')
    const course = await courseWithSyllabus(req, routeParam(req, 'course'))
    if (!course) return problem(404, 'No such course.')
    const before = await progressIn(req, course)
    if (!learning.includes(before.enrolment ?? '')) return problem(403, 'Enrol in the course to record your progress.')
    const lesson = await lessonIdIn(req, course, routeParam(req, 'lesson'))
    if (!lesson || !before.lessons.some((item) => item.slug === routeParam(req, 'lesson'))) return problem(404, 'No such lesson in this course.')
    if (!before.lessons.find((item) => item.slug === routeParam(req, 'lesson'))!.done) {
      await req.payload
        .create({ collection: 'lesson-progress', data: { user: req.user.id, lesson, completedAt: new Date().toISOString() } as never, depth: 0, overrideAccess: true, req })
        // Two clicks at once: the database's unique index keeps one record; the other call has nothing to add.
        .catch(async (error) => {
          const exists = await req.payload.count({ collection: 'lesson-progress', where: { and: [{ user: { equals: req.user!.id } }, { lesson: { equals: lesson } }] }, overrideAccess: true, req })
          if (exists.totalDocs === 0) throw error
        })
    }
    const after = await progressIn(req, course)
    if (after.total > 0 && after.completed === after.total && before.enrolment === 'active') {
      const { docs } = await req.payload.find({ collection: 'enrolments', where: { and: [{ user: { equals: req.user.id } }, { course: { equals: course.id } }] }, depth: 0, limit: 1, overrideAccess: true, req })
      await req.payload.update({ collection: 'enrolments', id: docs[0]!.id, data: { status: 'completed', completedAt: new Date().toISOString() } as never, overrideAccess: true, context: { enrolling: true }, req })
      after.enrolment = 'completed'
    }
    return Response.json(after)
  },
}

export const progressEndpoints = [readProgress, completeLesson]
