import type { Access } from 'payload'

import { isStaffUser } from '../../access/userRoles'

/** Public files are public; files shared inside communities are not. */
export const canReadMedia: Access = ({ req }) => isStaffUser(req.user) || { visibility: { equals: 'public' } }
