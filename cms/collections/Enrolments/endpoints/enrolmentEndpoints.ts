import type { Endpoint } from 'payload'

import { enrol, withdraw } from '../../../learning/enrolment'
import { enrolmentState } from '../../../learning/enrolmentState'
import { respond } from '../../../learning/outcome'
import { routeParam } from '../../../http/routeParam'
import { myLearning } from './myLearning'

/** GET /api/enrolments/course/:course — what the enrolment button shows: seats left, and mine. */
const readState: Endpoint = {
  path: '/course/:course',
  method: 'get',
  handler: async (req) => respond(await enrolmentState(req, routeParam(req, 'course'))),
}

/**
 * POST /api/enrolments/course/:course/enrol {cohort?} — enrol (open course), ask for a place
 * (closed course), in the chosen cohort when the course runs in cohorts. A full cohort says so.
 */
const enrolInCourse: Endpoint = {
  path: '/course/:course/enrol',
  method: 'post',
  handler: async (req) => {
    // The body is optional: no body (or not JSON) means no cohort.
    const body = (await req.json?.().catch(() => ({}))) as { cohort?: unknown } | undefined
    const cohort = typeof body?.cohort === 'string' ? body.cohort : null
    return respond(await enrol(req, routeParam(req, 'course'), cohort))
  },
}

/** POST /api/enrolments/course/:course/withdraw — leave the course (the record stays, marked withdrawn). */
const withdrawFromCourse: Endpoint = {
  path: '/course/:course/withdraw',
  method: 'post',
  handler: async (req) => respond(await withdraw(req, routeParam(req, 'course'))),
}

export const enrolmentEndpoints = [myLearning, readState, enrolInCourse, withdrawFromCourse]
