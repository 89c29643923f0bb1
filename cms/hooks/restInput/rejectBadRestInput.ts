import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { queryErrors } from './queryErrors'
import { dataErrors } from './dataErrors'

/**
 * REST clients get a 400 that says what is wrong instead of a silently "corrected" request:
 * unknown locales, non-numeric paging, unsortable fields, malformed `where`, and data with
 * fields the collection does not have or values of the wrong kind. Nothing is read or written when the request is refused.
 */
export const rejectBadRestInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST') return args
  const sortable = new Set(['id', 'createdAt', 'updatedAt', ...collection.flattenedFields.map((field) => field.name)])
  const errors = queryErrors({ searchParams: req.searchParams, query: (req.query ?? {}) as Record<string, unknown>, sortable })
  if (operation === 'create' || operation === 'update') {
    errors.push(...dataErrors((args as { data?: unknown }).data, collection.fields))
  }
  if (errors.length > 0) throw new APIError(errors.join(' '), 400, errors.map((message) => ({ message })), true)
  return args
}
