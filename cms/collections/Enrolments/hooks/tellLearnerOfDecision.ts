import type { CollectionAfterChangeHook } from 'payload'

import { notifyUser } from '../../../email/notifyUser'
import { relationId } from '../../../shared/relationId'

/** When an instructor accepts or declines a request for a place, the learner hears of it, in her language. */
export const tellLearnerOfDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'pending' || !['active', 'rejected'].includes(doc.status)) return doc
  const decision = doc.status === 'active' ? 'approved' : 'rejected'
  await notifyUser(req, relationId(doc.user), async (lang) => {
    const course = await req.payload.findByID({ collection: 'courses', id: relationId(doc.course), depth: 0, overrideAccess: true, disableErrors: true, locale: lang, req })
    return {
      subject: `email.enrolment.${decision}.subject`,
      body: `email.enrolment.${decision}.body`,
      linkLabel: 'email.enrolment.link',
      path: `/${lang}/courses/${course?.slug ?? ''}/`,
      values: { course: String(course?.title ?? '') },
    }
  })
  return doc
}
