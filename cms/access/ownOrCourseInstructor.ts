import type { Access } from 'payload'

import { hasRole } from './userRoles'

/**
 * Rows with `user` and `course` (enrolments, lesson progress): the learner reaches her own rows,
 * instructors the rows of the courses they run, admins all.
 */
export const ownOrCourseInstructor: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  const own = { user: { equals: req.user.id } }
  if (!hasRole(req.user, 'instructor')) return own
  return { or: [own, { 'course.instructorAccounts': { equals: req.user.id } }] }
}
