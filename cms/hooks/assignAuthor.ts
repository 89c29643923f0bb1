import type { CollectionBeforeChangeHook } from 'payload'

/** Contributions are signed by whoever is logged in, with the name others see; nobody posts in someone else's name. */
export const assignAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user)
    return { ...data, author: req.user.id, authorName: (req.user as { name?: string }).name ?? '' }
  return data
}
