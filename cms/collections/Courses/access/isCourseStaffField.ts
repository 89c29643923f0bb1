import type { FieldAccess } from 'payload'

import { hasRole } from '../../../access/userRoles'

/**
 * Who runs courses sees who else runs them and the cohort meeting links; learners get their own
 * cohort's link through the enrolment API, never through the public course document.
 */
export const isCourseStaffField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'instructor')
