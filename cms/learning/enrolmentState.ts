import type { PayloadRequest } from 'payload'

import type { Enrolment } from '../payload-types'
import { courseFields, publishedCourse, type EnrolmentCourse } from './courses'
import { ownEnrolment } from './learnerRecords'
import { answer, refuse, type Outcome } from './outcome'
import { seatsTaken } from './seats'

/** What the enrolment button shows (`/api/enrolments/course/:course`; the enrol island reads it). */
export type EnrolmentState = {
  signedIn: boolean
  course: { access: EnrolmentCourse['access']; format: EnrolmentCourse['format'] }
  /** Cohorts that have not ended, with the seats left in each. */
  cohorts: { id: string; name: string; startDate: string; endDate: string; seatsLeft: number }[]
  enrolment: { status: Enrolment['status']; cohort: string | null } | null
}

/** The state of a course for the signed-in user (or a visitor): seats and her enrolment, read at once. */
export const stateOf = async (req: PayloadRequest, course: EnrolmentCourse): Promise<EnrolmentState> => {
  const [taken, enrolment] = await Promise.all([
    seatsTaken(req, course.id),
    req.user ? ownEnrolment(req, course.id) : null,
  ])
  return {
    signedIn: Boolean(req.user),
    course: { access: course.access, format: course.format },
    cohorts: (course.cohorts ?? [])
      .filter((cohort) => new Date(cohort.endDate) >= new Date())
      .map((cohort) => ({
        id: cohort.id ?? '',
        name: cohort.name,
        startDate: cohort.startDate,
        endDate: cohort.endDate,
        seatsLeft: Math.max(0, cohort.capacity - (taken.get(cohort.id ?? '') ?? 0)),
      })),
    enrolment: enrolment && { status: enrolment.status, cohort: enrolment.cohort ?? null },
  }
}

/** GET the enrolment state of a published course. */
export const enrolmentState = async (req: PayloadRequest, slug: string): Promise<Outcome<EnrolmentState>> => {
  const course = await publishedCourse(req, slug, courseFields.enrolment)
  return course ? answer(await stateOf(req, course)) : refuse(404, 'No such course.')
}
