import type { FieldAccess } from 'payload'

import { hasRole, isStaffUser } from '../../../access/userRoles'
import { relationKey } from '../../../lib/relationId'

/**
 * Who runs a course sees who else runs it and the cohort meeting links: its own instructors,
 * editors and admins — not the instructors of other courses. Learners get their own cohort's link
 * through the enrolment API, never through the public course document.
 */
export const isCourseStaffField: FieldAccess = ({ req, doc }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user || !hasRole(req.user, 'instructor')) return false
  const instructors = (doc as { instructorAccounts?: unknown[] | null } | undefined)?.instructorAccounts ?? []
  return instructors.some((account) => relationKey(account) === String(req.user!.id))
}
