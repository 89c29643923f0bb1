import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

/** What belongs to a person and goes with their account. */
const ownRecords: { collection: CollectionSlug; field: string }[] = [
  { collection: 'lesson-progress', field: 'user' },
  { collection: 'enrolments', field: 'user' },
  { collection: 'memberships', field: 'user' },
  { collection: 'event-registrations', field: 'user' },
]

/** What they wrote for others: it stays in the discussion, signed by nobody. */
const contributions: CollectionSlug[] = ['threads', 'posts']

/**
 * Deleting an account removes the person's enrolments, progress, memberships and event registrations, and anonymises
 * their forum threads and posts so the conversations others took part in stay readable.
 */
export const forgetUserOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const asSystem = { req, overrideAccess: true, context: { skipRebuild: true } } as const
  // Bulk operations report failures instead of throwing; any failure stops the deletion (and rolls it back).
  const failed = (result: { errors: unknown[] }, what: string) => {
    if (result.errors.length > 0) throw new Error(`Deleting the account stopped: ${what} could not be processed.`)
  }
  for (const collection of contributions) {
    failed(await req.payload.update({ collection, where: { author: { equals: id } }, data: { author: null, authorName: null } as never, ...asSystem }), collection)
  }
  for (const { collection, field } of ownRecords) {
    failed(await req.payload.delete({ collection, where: { [field]: { equals: id } }, ...asSystem }), collection)
  }
}
