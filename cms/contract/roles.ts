/** Platform roles, from most to least privileged. A user may hold several. */
export const roles = ['admin', 'editor', 'instructor', 'moderator', 'learner'] as const

export type Role = (typeof roles)[number]

/** Roles whose work happens in the admin: everyone but learners. */
export const adminPanelRoles = ['admin', 'editor', 'instructor', 'moderator'] as const satisfies readonly Role[]

/** Sectors a user may declare; used only in aggregate reporting. */
export const sectors = ['member-state', 'un-entity', 'civil-society', 'academia', 'private-sector', 'other'] as const

/** Optional self-declared gender; `undefined` means the user chose not to say. */
export const genders = ['woman', 'man', 'non-binary', 'self-described', 'prefer-not-to-say'] as const
