import type { PayloadRequest } from 'payload'

import { oneAtATimePer } from '../concurrency/oneAtATimePer'
import type { Enrolment } from '../payload-types'
import { courseFields, publishedCourse, type EnrolmentCourse } from './courses'
import { stateOf, type EnrolmentState } from './enrolmentState'
import { ownEnrolment } from './learnerRecords'
import { answer, refuse, type Outcome } from './outcome'
import { seatsTaken } from './seats'

/**
 * Enrolments are written by the server, which decides the status (open courses enrol at once,
 * closed ones wait for an instructor) and counts the seats: `enrolling` tells guardEnrolmentStatus
 * so, and the write bypasses access.
 */
const asEnrolling = (req: PayloadRequest) => ({ req, depth: 0, overrideAccess: true, context: { enrolling: true } }) as const

const isOpen = (cohort: { endDate: string }) => new Date(cohort.endDate) >= new Date()

/** Why this cohort choice cannot be taken, if it cannot. */
const cohortProblem = (course: EnrolmentCourse, cohort: string | null) => {
  const cohorts = course.cohorts ?? []
  if (cohorts.length > 0 && !cohorts.some((candidate) => candidate.id === cohort && isOpen(candidate))) return 'Choose one of the course’s cohorts that has not ended.'
  if (cohorts.length === 0 && cohort) return 'This course has no cohorts.'
  return null
}

/**
 * Enrol (open course) or ask for a place (closed course), in the chosen cohort when the course
 * runs in cohorts. A full cohort says so. The decisions about one course run one at a time, so
 * the seats counted are the seats taken.
 */
export const enrol = async (req: PayloadRequest, slug: string, cohort: string | null): Promise<Outcome<EnrolmentState>> => {
  if (!req.user) return refuse(401, 'Sign in to enrol.')
  const course = await publishedCourse(req, slug, courseFields.enrolment)
  if (!course) return refuse(404, 'No such course.')
  const problem = cohortProblem(course, cohort)
  if (problem) return refuse(400, problem)
  return oneAtATimePer(`course-${course.id}`, async () => {
    const existing = await ownEnrolment(req, course.id)
    if (existing && existing.status !== 'withdrawn') return refuse(409, `You already have an enrolment in this course (${existing.status}).`)
    if (cohort) {
      const capacity = course.cohorts!.find((candidate) => candidate.id === cohort)!.capacity
      if (((await seatsTaken(req, course.id)).get(cohort) ?? 0) >= capacity) return refuse(409, 'This cohort is full.')
    }
    const status: Enrolment['status'] = course.access === 'open' ? 'active' : 'pending'
    if (existing) await req.payload.update({ collection: 'enrolments', id: existing.id, data: { status, cohort }, ...asEnrolling(req) })
    else await req.payload.create({ collection: 'enrolments', data: { user: req.user!.id, course: course.id, cohort, status }, ...asEnrolling(req) })
    return answer(await stateOf(req, course), existing ? 200 : 201)
  })
}

/** Leave the course: the record stays, marked withdrawn (from a request or an active enrolment only). */
export const withdraw = async (req: PayloadRequest, slug: string): Promise<Outcome<EnrolmentState>> => {
  if (!req.user) return refuse(401, 'Sign in first.')
  const course = await publishedCourse(req, slug, courseFields.enrolment)
  if (!course) return refuse(404, 'No such course.')
  return oneAtATimePer(`course-${course.id}`, async () => {
    const existing = await ownEnrolment(req, course.id)
    if (!existing || !['pending', 'active'].includes(existing.status)) return refuse(409, 'There is no enrolment or request to withdraw from.')
    await req.payload.update({ collection: 'enrolments', id: existing.id, data: { status: 'withdrawn' }, ...asEnrolling(req) })
    return answer(await stateOf(req, course))
  })
}
