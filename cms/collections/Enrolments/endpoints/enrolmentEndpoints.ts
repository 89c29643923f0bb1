import type { Endpoint, PayloadRequest } from 'payload'

import { oneAtATimePer } from '../../../concurrency/oneAtATimePer'
import { problem } from '../../../http/problem'
import { routeParam } from '../../../http/routeParam'
import { enrolmentOf, publishedCourse, seatsTaken, type CourseForEnrolment } from './courseEnrolment'
import { myLearning } from './myLearning'

const stateFor = async (req: PayloadRequest, course: CourseForEnrolment) => {
  const taken = await seatsTaken(req, course)
  const enrolment = req.user ? await enrolmentOf(req, course) : null
  return {
    signedIn: Boolean(req.user),
    course: { access: course.access, format: course.format },
    cohorts: course.cohorts
      .filter((cohort) => new Date(cohort.endDate) >= new Date())
      .map((cohort) => ({ id: cohort.id, name: cohort.name, startDate: cohort.startDate, endDate: cohort.endDate, seatsLeft: Math.max(0, cohort.capacity - (taken.get(cohort.id) ?? 0)) })),
    enrolment: enrolment && { status: enrolment.status, cohort: enrolment.cohort ?? null },
  }
}

/** GET /api/enrolments/course/:course — what the enrolment button shows: seats left, and mine. */
const readState: Endpoint = {
  path: '/course/:course',
  method: 'get',
  handler: async (req) => {
    const course = await publishedCourse(req, routeParam(req, 'course'))
    if (!course) return problem(404, 'No such course.')
    return Response.json(await stateFor(req, course), { headers: { 'cache-control': 'no-store' } })
  },
}

/**
 * POST /api/enrolments/course/:course/enrol {cohort?} — enrol (open course), ask for a place
 * (closed course), in the chosen cohort when the course runs in cohorts. A full cohort says so.
 */
const enrol: Endpoint = {
  path: '/course/:course/enrol',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to enrol.')
    const course = await publishedCourse(req, routeParam(req, 'course'))
    if (!course) return problem(404, 'No such course.')
    const body = (await req.json?.().catch(() => ({}))) as { cohort?: unknown } | undefined
    const cohort = typeof body?.cohort === 'string' ? body.cohort : null
    const runsInCohorts = course.cohorts.length > 0
    const openCohort = course.cohorts.some((candidate) => candidate.id === cohort && new Date(candidate.endDate) >= new Date())
    if (runsInCohorts && !openCohort) return problem(400, 'Choose one of the course’s cohorts that has not ended.')
    if (!runsInCohorts && cohort) return problem(400, 'This course has no cohorts.')

    return oneAtATimePer(`course-${course.id}`, async () => {
      const existing = await enrolmentOf(req, course)
      if (existing && existing.status !== 'withdrawn') return problem(409, `You already have an enrolment in this course (${existing.status}).`)
      if (cohort) {
        const capacity = course.cohorts.find((candidate) => candidate.id === cohort)!.capacity
        if (((await seatsTaken(req, course)).get(cohort) ?? 0) >= capacity) return problem(409, 'This cohort is full.')
      }
      const status = course.access === 'open' ? 'active' : 'pending'
      const data = { user: req.user!.id, course: course.id, cohort, status }
      const asEnrolling = { req, overrideAccess: true, context: { enrolling: true } } as const
      if (existing) await req.payload.update({ collection: 'enrolments', id: existing.id, data: { status, cohort } as never, ...asEnrolling })
      else await req.payload.create({ collection: 'enrolments', data: data as never, ...asEnrolling })
      return Response.json(await stateFor(req, course), { status: existing ? 200 : 201 })
    })
  },
}

/** POST /api/enrolments/course/:course/withdraw — leave the course (the record stays, marked withdrawn). */
const withdraw: Endpoint = {
  path: '/course/:course/withdraw',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in first.')
    const course = await publishedCourse(req, routeParam(req, 'course'))
    if (!course) return problem(404, 'No such course.')
    return oneAtATimePer(`course-${course.id}`, async () => {
      const existing = await enrolmentOf(req, course)
      if (!existing || !['pending', 'active'].includes(existing.status)) return problem(409, 'There is no enrolment or request to withdraw from.')
      await req.payload.update({ collection: 'enrolments', id: existing.id, data: { status: 'withdrawn' } as never, req, overrideAccess: true, context: { enrolling: true } })
      return Response.json(await stateFor(req, course))
    })
  },
}

export const enrolmentEndpoints = [myLearning, readState, enrol, withdraw]
