import type { PayloadRequest } from 'payload'

import { usesAdminPanel } from './userRoles'

/** Who may open the admin at all: staff. Learners work on the portal. */
export const canUseAdminPanel = ({ req }: { req: PayloadRequest }) => usesAdminPanel(req.user)
