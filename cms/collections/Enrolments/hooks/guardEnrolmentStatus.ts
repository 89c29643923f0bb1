import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { courseOf, managesCourse } from './courseOf'

/**
 * Learners do not choose their own status: an open course enrols at once, a closed course waits
 * for an instructor. Afterwards a learner may only withdraw; instructors and admins decide the rest.
 * Writes made by the server itself (no user, or the enrolment endpoints, which count seats) are
 * trusted; a learner picks a cohort only through those endpoints.
 */
export const guardEnrolmentStatus: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user || req.context?.enrolling) return data
  const course = await courseOf(req, data.course ?? originalDoc?.course)
  if (!course) throw new APIError('The course does not exist.', 400, null, true)
  if (managesCourse(req, course)) return data
  if (operation === 'create') {
    if (data.cohort)
      throw new APIError(
        'Choose a cohort through POST /api/enrolments/course/{course}/enrol, which checks the seats left.',
        400,
        null,
        true,
      )
    return { ...data, status: course.access === 'open' ? 'active' : 'pending' }
  }
  const changesCourse = data.course !== undefined && String(data.course) !== String(originalDoc?.course)
  const changesStatus = data.status !== undefined && data.status !== originalDoc?.status
  const changesCohort = data.cohort !== undefined && (data.cohort ?? null) !== (originalDoc?.cohort ?? null)
  // Withdrawing is the learner's own step, from a request or an active enrolment only (not from a rejection).
  const withdraws = data.status === 'withdrawn' && ['pending', 'active'].includes(originalDoc?.status)
  if (changesCourse || changesCohort || (changesStatus && !withdraws)) {
    throw new APIError('Only the course instructors can change this enrolment; you may withdraw.', 403, null, true)
  }
  return data
}
