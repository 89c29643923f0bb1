import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './userRoles'

/** Admins only. A plain yes or no, so it fits every access slot (collections, jobs, the admin panel). */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
