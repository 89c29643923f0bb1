import type { User } from '../../cms/payload-types'

/** Local API options for acting as a real user (or nobody) with access control enforced. */
export const asUser = (user?: User) => ({ overrideAccess: false, user: user ?? null, depth: 0 }) as const

export const asServer = { overrideAccess: true, depth: 0 } as const
