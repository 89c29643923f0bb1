import type { Access, Where } from 'payload'

import { enrolledCourseIds } from '../../../access/userScopes'
import { hasRole, isStaffUser } from '../../../access/userRoles'

const published: Where = { _status: { equals: 'published' } }

/** Published lessons of published open courses: what anyone, and the static portal, may read. */
const openLessons: Where = {
  and: [published, { 'course.access': { equals: 'open' } }, { 'course._status': { equals: 'published' } }],
}

/**
 * Lessons of open courses are public. Closed-course lessons reach only learners with an active
 * or completed enrolment, the course's instructors and editors.
 */
export const canReadLesson: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user) return openLessons
  const readable: Where[] = [openLessons]
  const enrolled = await enrolledCourseIds(req)
  if (enrolled.length > 0) readable.push({ and: [published, { course: { in: enrolled } }] })
  if (hasRole(req.user, 'instructor')) readable.push({ 'course.instructorAccounts': { equals: req.user.id } })
  return { or: readable }
}
