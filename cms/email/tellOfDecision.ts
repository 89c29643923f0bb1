import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../lib/relationId'
import { notifyUser } from './notifyUser'

type Decided = {
  /** The status a request moves to when accepted (a declined one moves to `rejected`). */
  acceptedStatus: string
  /** The e-mail strings' group: `email.<emails>.approved.subject` and so on. */
  emails: 'enrolment' | 'membership'
  /** What the request is for: the field naming it, its collection, and the value the e-mail quotes. */
  about: { field: 'course' | 'community'; collection: 'courses' | 'communities'; nameField: 'title' | 'name' }
}

/**
 * When someone accepts or declines a pending request (a place in a closed course, a seat in a
 * community), the person who asked hears of it by e-mail, in her language, with a link to the page.
 */
export const tellOfDecision =
  ({ acceptedStatus, emails, about }: Decided): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (
      operation !== 'update' ||
      previousDoc?.status !== 'pending' ||
      ![acceptedStatus, 'rejected'].includes(doc.status)
    )
      return doc
    const decision = doc.status === acceptedStatus ? 'approved' : 'rejected'
    await notifyUser(req, relationId(doc.user), async (lang) => {
      const target = await req.payload.findByID({
        collection: about.collection,
        id: relationId(doc[about.field]),
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        locale: lang,
        req,
      })
      const record = (target ?? {}) as { slug?: string; title?: string; name?: string }
      return {
        subject: `email.${emails}.${decision}.subject`,
        body: `email.${emails}.${decision}.body`,
        linkLabel: `email.${emails}.link`,
        path: `/${lang}/${about.collection}/${record.slug ?? ''}/`,
        values: { [about.field]: String(record[about.nameField] ?? '') },
      }
    })
    return doc
  }
