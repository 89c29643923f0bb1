import type { CollectionAfterChangeHook } from 'payload'

/**
 * After an e-mail address changes, every other session of the account ends (the one that made the
 * change stays signed in). Payload already does this itself when the password changes.
 */
export const endOtherSessions: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !req.context.credentialsChanged || doc.email === previousDoc?.email) return doc
  const current =
    req.user && String(req.user.id) === String(doc.id) && '_sid' in req.user ? String(req.user._sid) : undefined
  const stored = await req.payload.db.findOne<{ id: number | string; sessions?: { id: string }[] }>({
    collection: 'users',
    where: { id: { equals: doc.id } },
    req,
  })
  const sessions = (stored?.sessions ?? []).filter((session) => session.id === current)
  await req.payload.db.updateOne({ collection: 'users', id: doc.id, data: { sessions }, req, returning: false })
  return doc
}
