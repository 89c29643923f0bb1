import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import { hasRole } from '../access/userRoles'
import { relationId, relationKey } from '../lib/relationId'
import type { OwnershipField } from './ownershipFields'

type Doc = Record<string, unknown>

const isBlank = (value: unknown) => value === null || value === undefined || value === ''

const changes = (name: string, data: Doc, original: Doc) => {
  const next = data[name]
  if (next === undefined) return false
  if (isBlank(next) || isBlank(original[name])) return isBlank(next) !== isBlank(original[name])
  return relationKey(next) !== relationKey(original[name])
}

/** The records an update is about to change, as they are now. */
const recordsToChange = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  args: { id?: number | string; where?: Where },
) => {
  const where: Where = args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {})
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs.map((doc): Doc => Object.fromEntries(Object.entries(doc)))
}

/**
 * Refuses (403) an update that would change a field saying whom a record belongs to or what it is
 * about, unless an admin makes it or the field names who else may move it. Bound: every request
 * made with access control (every client); not bound: the server's own work (overrideAccess),
 * such as anonymising the posts of a deleted account.
 */
export const keepOwnershipFixed =
  (collection: CollectionSlug, fields: OwnershipField[]): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (operation !== 'update' || overrideAccess || !req.user || hasRole(req.user, 'admin')) return args
    const data = (args as { data?: Doc }).data ?? {}
    const touched = fields.filter((field) => data[field.name] !== undefined)
    if (touched.length === 0) return args
    for (const original of await recordsToChange(req, collection, args as { id?: number | string; where?: Where })) {
      for (const field of touched) {
        if (!changes(field.name, data, original)) continue
        const [from, to] = [original[field.name], data[field.name]]
        if (
          field.movableBy &&
          !isBlank(from) &&
          !isBlank(to) &&
          (await field.movableBy(req, relationId(from), relationId(to)))
        )
          continue
        throw new APIError(
          `${field.name} cannot be changed once the record exists (only an admin can).`,
          403,
          null,
          true,
        )
      }
    }
    return args
  }
