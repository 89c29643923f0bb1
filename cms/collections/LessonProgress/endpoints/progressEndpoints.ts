import type { Endpoint } from 'payload'

import { completeLesson } from '../../../learning/completeLesson'
import { courseProgress } from '../../../learning/courseProgress'
import { respond } from '../../../learning/outcome'
import { routeParam } from '../../../http/routeParam'

/** GET /api/lesson-progress/course/:course — my progress in a course, and its lessons I may read. */
const readProgress: Endpoint = {
  path: '/course/:course',
  method: 'get',
  handler: async (req) => respond(await courseProgress(req, routeParam(req, 'course'))),
}

/**
 * POST /api/lesson-progress/course/:course/lesson/:lesson/complete — records a lesson as done.
 * Idempotent (the second call changes nothing); the last lesson completes the enrolment.
 */
const recordCompletion: Endpoint = {
  path: '/course/:course/lesson/:lesson/complete',
  method: 'post',
  handler: async (req) =>
    respond(await completeLesson(req, { course: routeParam(req, 'course'), lesson: routeParam(req, 'lesson') })),
}

export const progressEndpoints = [readProgress, recordCompletion]
