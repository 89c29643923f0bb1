import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { dataErrors } from './dataErrors'

/**
 * REST clients get a 400 that says what is wrong instead of a silently "corrected" document:
 * fields the collection does not have, or values of the wrong kind. Nothing is written when the
 * request is refused. (The query string, the body's encoding and the route are checked before
 * Payload runs, for every collection and global: see cms/http/restHandler.ts.)
 */
export const rejectBadRestInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST') return args
  if (operation !== 'create' && operation !== 'update') return args
  const errors = dataErrors((args as { data?: unknown }).data, collection.fields)
  if (errors.length > 0)
    throw new APIError(
      errors.join(' '),
      400,
      errors.map((message) => ({ message })),
      true,
    )
  return args
}
