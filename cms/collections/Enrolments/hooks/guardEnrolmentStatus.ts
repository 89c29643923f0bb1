import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { courseOf, managesCourse } from './courseOf'

/**
 * Learners do not choose their own status: an open course enrols at once, a closed course waits
 * for an instructor. Afterwards a learner may only withdraw; instructors and admins decide the rest.
 * Writes made by the server itself (no user) are trusted.
 */
export const guardEnrolmentStatus: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  const course = await courseOf(req, data.course ?? originalDoc?.course)
  if (!course) throw new APIError('The course does not exist.', 400, null, true)
  if (managesCourse(req, course)) return data
  if (operation === 'create') {
    return { ...data, status: course.access === 'open' ? 'active' : 'pending' }
  }
  const changesCourse = data.course !== undefined && String(data.course) !== String(originalDoc?.course)
  const changesStatus = data.status !== undefined && data.status !== originalDoc?.status
  if (changesCourse || (changesStatus && data.status !== 'withdrawn')) {
    throw new APIError('Only the course instructors can change this enrolment; you may withdraw.', 403, null, true)
  }
  return data
}
