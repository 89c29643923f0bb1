import type { Access, FieldAccess, Where } from 'payload'

import { isStaffUser } from '../../../access/userRoles'

/** An expert profile is public only with the expert's consent; editors see every profile. */
const consentedAndPublished: Where = {
  and: [{ _status: { equals: 'published' } }, { publicProfile: { equals: true } }],
}

export const canReadExpert: Access = ({ req }) => isStaffUser(req.user) || consentedAndPublished

/** Contact details: editors, and logged-in users when the expert consented to a public profile. */
export const canReadExpertContact: FieldAccess = ({ req, doc }) =>
  isStaffUser(req.user) ||
  (Boolean(req.user) && (doc as { publicProfile?: boolean } | undefined)?.publicProfile === true)
