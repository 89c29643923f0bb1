import type { Access } from 'payload'

import { isStaffUser } from './userRoles'

/** Editors see drafts; everyone else sees published documents only. */
export const publishedOrEditor: Access = ({ req }) => isStaffUser(req.user) || { _status: { equals: 'published' } }
