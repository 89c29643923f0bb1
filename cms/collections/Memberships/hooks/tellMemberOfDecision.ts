import type { CollectionAfterChangeHook } from 'payload'

import { notifyUser } from '../../../email/notifyUser'
import { relationId } from '../../../shared/relationId'

/** When a moderator accepts or declines a request to join, the person hears of it, in her language. */
export const tellMemberOfDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'pending' || !['approved', 'rejected'].includes(doc.status)) return doc
  const decision = doc.status === 'approved' ? 'approved' : 'rejected'
  await notifyUser(req, relationId(doc.user), async (lang) => {
    const community = await req.payload.findByID({ collection: 'communities', id: relationId(doc.community), depth: 0, overrideAccess: true, disableErrors: true, locale: lang, req })
    return {
      subject: `email.membership.${decision}.subject`,
      body: `email.membership.${decision}.body`,
      linkLabel: 'email.membership.link',
      path: `/${lang}/communities/${community?.slug ?? ''}/`,
      values: { community: String(community?.name ?? '') },
    }
  })
  return doc
}
