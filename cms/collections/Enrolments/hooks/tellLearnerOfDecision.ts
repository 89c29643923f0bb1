import type { CollectionAfterChangeHook } from 'payload'

import { emailHtml, emailText, languageOf } from '../../../email/emailText'

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number | string }).id : (value as number | string))

/** When an instructor accepts or declines a request for a place, the learner hears of it, in her language. */
export const tellLearnerOfDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status !== 'pending' || !['active', 'rejected'].includes(doc.status)) return doc
  const learner = await req.payload.findByID({ collection: 'users', id: idOf(doc.user), depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!learner?.email) return doc
  const lang = languageOf(learner)
  const course = await req.payload.findByID({ collection: 'courses', id: idOf(doc.course), depth: 0, overrideAccess: true, disableErrors: true, locale: lang, req })
  const title = String(course?.title ?? '')
  const decision = doc.status === 'active' ? 'approved' : 'rejected'
  const link = `${(process.env.SERVER_URL ?? '').replace(/\/$/, '')}/${lang}/courses/${course?.slug ?? ''}/`
  await req.payload.sendEmail({
    to: learner.email,
    subject: emailText(lang, `email.enrolment.${decision}.subject`, { course: title }),
    html: emailHtml(lang, [emailText(lang, 'email.reset.greeting', { name: learner.name }), emailText(lang, `email.enrolment.${decision}.body`, { course: title })], {
      href: link,
      label: emailText(lang, 'email.enrolment.link'),
    }),
  })
  return doc
}
