import type { FieldAccess } from 'payload'

import { isStaffUser } from '../../access/userRoles'
import { relationKey } from '../../lib/relationId'

/** The uploader and staff see who shared a file; other members see the file, not its account. */
export const isUploaderOrStaffField: FieldAccess = ({ req, doc }) =>
  isStaffUser(req.user) || (Boolean(req.user) && relationKey(doc?.uploadedBy) === String(req.user?.id))
