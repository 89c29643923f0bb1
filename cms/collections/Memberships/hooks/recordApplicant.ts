import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../lib/relationId'

/**
 * Moderators deciding on a request see who asks: the name, organisation and country of the
 * applicant's account when she asked (the join form tells her so). Nobody types them in, and they
 * do not change afterwards.
 */
export const recordApplicant: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create') return { ...data, applicant: originalDoc?.applicant }
  const user = await req.payload.findByID({
    collection: 'users',
    id: relationId(data.user),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return {
    ...data,
    applicant: { name: user?.name ?? null, organisation: user?.organisation ?? null, country: user?.country ?? null },
  }
}
