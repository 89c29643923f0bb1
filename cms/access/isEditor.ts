import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './userRoles'

/** Editors and admins. */
export const isEditor: Access = ({ req }) => isStaffUser(req.user)

export const isEditorField: FieldAccess = ({ req }) => isStaffUser(req.user)
