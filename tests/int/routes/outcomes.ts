import type { CollectionSlug, Payload } from 'payload'

import { asServer } from '../../helpers/asUser'
import { rest } from '../../helpers/rest'

type Id = number | string
export type Outcome = 'allowed' | 'denied'
type Response = Awaited<ReturnType<typeof rest>>
type Doc = Record<string, unknown>

/** Statuses that mean "access control said no" (or "not found", for a record the caller may not see). */
const refusals = [401, 403, 404]

/** A response that fits neither outcome: the route answered something the table did not expect. */
export class UnexpectedAnswer extends Error {
  constructor(what: string, response: Response) {
    super(`${what}: unexpected ${response.status} ${JSON.stringify(response.json).slice(0, 300)}`)
  }
}

const stored = async (payload: Payload, collection: CollectionSlug, id: Id): Promise<Doc | null> => {
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, ...asServer, pagination: false })
  return docs[0] ? Object.fromEntries(Object.entries(docs[0])) : null
}

const docsOf = (response: Response) => (response.json.docs ?? []) as Doc[]
const includes = (docs: Doc[], id: Id) => docs.some((doc) => String(doc.id) === String(id))

/** Reads: allowed when the record comes back; denied by a refusal or by leaving it out of a list. */
export const readOutcome = (response: Response, id: Id, shape: 'list' | 'one' | 'count'): Outcome => {
  if (refusals.includes(response.status)) return 'denied'
  if (response.status !== 200) throw new UnexpectedAnswer('read', response)
  if (shape === 'one') return String(response.json.id) === String(id) ? 'allowed' : 'denied'
  if (shape === 'count') return response.json.totalDocs === 1 ? 'allowed' : 'denied'
  return includes(docsOf(response), id) ? 'allowed' : 'denied'
}

/**
 * Writes to an existing record: allowed when the stored record changed as asked; denied when the
 * answer refused and the stored record is exactly as before.
 */
export const changeOutcome = async (
  payload: Payload,
  {
    collection,
    id,
    before,
    send,
    changed,
  }: {
    collection: CollectionSlug
    id: Id
    before: Doc | null
    send: () => Promise<Response>
    changed: (after: Doc | null, before: Doc | null) => boolean
  },
): Promise<Outcome> => {
  const response = await send()
  const after = await stored(payload, collection, id)
  const bulkRefused = response.status === 200 && Array.isArray(response.json.docs) && !includes(docsOf(response), id)
  if (response.status < 300 && !bulkRefused) {
    if (!changed(after, before)) throw new UnexpectedAnswer('write answered yes but changed nothing', response)
    return 'allowed'
  }
  if (!refusals.includes(response.status) && !bulkRefused) throw new UnexpectedAnswer('write', response)
  if (JSON.stringify(after) !== JSON.stringify(before))
    throw new UnexpectedAnswer('write was refused but the record changed', response)
  return 'denied'
}

/** Creates: allowed when a new record exists; denied when refused and none was made. */
export const createOutcome = async (
  payload: Payload,
  {
    collection,
    marker,
    send,
  }: { collection: CollectionSlug; marker: { field: string; value: unknown }; send: () => Promise<Response> },
): Promise<Outcome> => {
  const response = await send()
  const made = await payload.find({
    collection,
    where: { [marker.field]: { equals: marker.value } },
    ...asServer,
    pagination: false,
  })
  if (response.status === 201 || response.status === 200) {
    if (made.totalDocs !== 1) throw new UnexpectedAnswer('create answered yes but made nothing', response)
    return 'allowed'
  }
  if (!refusals.includes(response.status)) throw new UnexpectedAnswer('create', response)
  if (made.totalDocs !== 0) throw new UnexpectedAnswer('create was refused but made a record', response)
  return 'denied'
}

export { stored }
