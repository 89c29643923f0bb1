import type { CollectionBeforeChangeHook } from 'payload'

/** Contributions are signed by whoever is logged in; nobody posts in someone else's name. */
export const assignAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) return { ...data, author: req.user.id }
  return data
}
