import type { FieldAccess } from 'payload'

import { hasRole } from './userRoles'

/** Moderation marks (e.g. a post reported by a member): moderators and admins. */
export const isModeratorField: FieldAccess = ({ req }) => hasRole(req.user, 'moderator', 'admin')
