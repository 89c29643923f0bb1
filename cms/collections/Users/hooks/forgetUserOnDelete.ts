import type { CollectionBeforeDeleteHook } from 'payload'

import { personalRecords } from '../personalRecords'

/** What each way of forgetting writes into a record that stays: no link to the account, and no name. */
const keptAs = (onDelete: 'anonymise' | 'unlink', field: string) =>
  onDelete === 'anonymise' ? { [field]: null, authorName: null } : { [field]: null }

/**
 * Deleting an account removes the person's own records (enrolments, progress, memberships, event
 * registrations), anonymises her forum threads and posts so the conversations others took part in
 * stay readable, and unlinks her expert profile and shared files — see personalRecords.
 */
export const forgetUserOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const asSystem = { req, overrideAccess: true, context: { skipRebuild: true } } as const
  // Bulk operations report failures instead of throwing; any failure stops the deletion (and rolls it back).
  const failed = (result: { errors: unknown[] }, what: string) => {
    if (result.errors.length > 0) throw new Error(`Deleting the account stopped: ${what} could not be processed.`)
  }
  for (const { collection, field, onDelete } of personalRecords) {
    const where = { [field]: { equals: id } }
    const result =
      onDelete === 'delete'
        ? await req.payload.delete({ collection, where, ...asSystem })
        : await req.payload.update({ collection, where, data: keptAs(onDelete, field), ...asSystem })
    failed(result, collection)
  }
}
