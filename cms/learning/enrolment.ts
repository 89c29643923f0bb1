import { ValidationError, type PayloadRequest } from 'payload'

import type { Enrolment } from '../payload-types'
import { courseFields, publishedCourse, type EnrolmentCourse } from './courses'
import { stateOf, type EnrolmentState } from './enrolmentState'
import { ownEnrolment } from './learnerRecords'
import { answer, refuse, type Outcome } from './outcome'
import { freePlace } from './seats'

/**
 * Enrolments are written by the server, which decides the status (open courses enrol at once,
 * closed ones wait for an instructor) and counts the seats: `enrolling` tells guardEnrolmentStatus
 * so, `place` tells keepPlaceKey which free place it chose, and the write bypasses access.
 */
const asEnrolling = (req: PayloadRequest, place?: string) =>
  ({ req, depth: 0, overrideAccess: true, context: { enrolling: true, place } }) as const

const isOpen = (cohort: { endDate: string }) => new Date(cohort.endDate) >= new Date()

/** Why this cohort choice cannot be taken, if it cannot. */
const cohortProblem = (course: EnrolmentCourse, cohort: string | null) => {
  const cohorts = course.cohorts ?? []
  if (cohorts.length > 0 && !cohorts.some((candidate) => candidate.id === cohort && isOpen(candidate)))
    return 'Choose one of the course’s cohorts that has not ended.'
  if (cohorts.length === 0 && cohort) return 'This course has no cohorts.'
  return null
}

/** A write the database refused for a unique key: somebody took the place (or enrolled) first. */
const lostTheRace = (error: unknown) => error instanceof ValidationError

/**
 * Enrol (open course) or ask for a place (closed course), in the chosen cohort when the course
 * runs in cohorts. A full cohort says so. The place is a unique key the database itself guards
 * (cms/learning/seats.ts), so two requests — on any server instance — cannot take the same one:
 * the loser looks again, and every lost race means one place fewer, so this ends.
 */
export const enrol = async (
  req: PayloadRequest,
  slug: string,
  cohort: string | null,
): Promise<Outcome<EnrolmentState>> => {
  if (!req.user) return refuse(401, 'Sign in to enrol.')
  const course = await publishedCourse(req, slug, courseFields.enrolment)
  if (!course) return refuse(404, 'No such course.')
  const problem = cohortProblem(course, cohort)
  if (problem) return refuse(400, problem)
  const capacity = cohort ? course.cohorts!.find((candidate) => candidate.id === cohort)!.capacity : 0
  for (let attempt = 0; ; attempt++) {
    const existing = await ownEnrolment(req, course.id)
    if (existing && existing.status !== 'withdrawn')
      return refuse(409, `You already have an enrolment in this course (${existing.status}).`)
    const seat = cohort ? await freePlace(req, course.id, cohort, capacity) : undefined
    if (seat === null) return refuse(409, 'This cohort is full.')
    const status: Enrolment['status'] = course.access === 'open' ? 'active' : 'pending'
    try {
      if (existing)
        await req.payload.update({
          collection: 'enrolments',
          id: existing.id,
          data: { status, cohort },
          ...asEnrolling(req, seat),
        })
      else
        await req.payload.create({
          collection: 'enrolments',
          data: { user: req.user.id, course: course.id, cohort, status },
          ...asEnrolling(req, seat),
        })
    } catch (error) {
      // One more try than there are places: by then every place has gone, or the error is not a race.
      if (lostTheRace(error) && attempt <= capacity) continue
      throw error
    }
    return answer(await stateOf(req, course), existing ? 200 : 201)
  }
}

/** Leave the course: the record stays, marked withdrawn (from a request or an active enrolment only). */
export const withdraw = async (req: PayloadRequest, slug: string): Promise<Outcome<EnrolmentState>> => {
  if (!req.user) return refuse(401, 'Sign in first.')
  const course = await publishedCourse(req, slug, courseFields.enrolment)
  if (!course) return refuse(404, 'No such course.')
  const existing = await ownEnrolment(req, course.id)
  if (!existing || !['pending', 'active'].includes(existing.status))
    return refuse(409, 'There is no enrolment or request to withdraw from.')
  await req.payload.update({
    collection: 'enrolments',
    id: existing.id,
    data: { status: 'withdrawn' },
    ...asEnrolling(req),
  })
  return answer(await stateOf(req, course))
}
