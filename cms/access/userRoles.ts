import type { PayloadRequest } from 'payload'

import { adminPanelRoles, type Role } from '../contract/roles'

type MaybeUser = PayloadRequest['user'] | null | undefined

/** True when the user holds any of the given roles. */
export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean => {
  const held = (user as { roles?: Role[] } | null | undefined)?.roles ?? []
  return wanted.some((role) => held.includes(role))
}

/** Admins and editors manage every piece of editorial content. */
export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

/** Staff who work in the admin (everyone but learners). */
export const usesAdminPanel = (user: MaybeUser): boolean => hasRole(user, ...adminPanelRoles)
