import { isDeepStrictEqual } from 'node:util'

import { APIError, Forbidden, NotFound, type CollectionSlug, type Payload } from 'payload'

import type { User } from '../../cms/payload-types'
import { asUser } from './asUser'

type Id = number

/**
 * What came of an attempt. Only access control's own refusal counts as `denied`; a hook or a
 * validation that says no is a rule, reported with its message so the matrix shows it and fails.
 */
export type Outcome = 'allowed' | 'denied' | `refused by rule: ${string}`

type Args = { payload: Payload; collection: CollectionSlug; user: User | undefined }

/** An uploaded file, for collections that store files. */
export type UploadFile = { data: Buffer; name: string; mimetype: string; size: number }

/**
 * The row as the database holds it: its latest draft, every language, relations as ids — read
 * past access control, so that "the actor could not see it" is never mistaken for "it is gone".
 */
const storedRow = async ({ payload, collection }: Args, id: Id) => {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    draft: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

const existingRow = async (args: Args, id: Id) => {
  const row = await storedRow(args, id)
  if (!row) throw new Error(`${args.collection} ${id} does not exist, so a refusal to reach it would prove nothing`)
  return row
}

/**
 * Access control refuses with Forbidden, or — when its answer is a query the row does not match —
 * by not finding a row that exists (`rowExists`: the caller has confirmed it does; a create has no
 * row, so there a NotFound is some lookup's answer, not access control's). Any other 4xx is a rule.
 */
export const outcomeOf = async (attempt: () => Promise<unknown>, rowExists = true): Promise<Outcome> => {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if (error instanceof Forbidden || (error instanceof NotFound && rowExists)) return 'denied'
    if (error instanceof APIError && error.status >= 400 && error.status < 500)
      return `refused by rule: ${error.message}`
    throw error
  }
}

/** A refused actor must have left the row exactly as it was. */
const expectUnchanged = async (args: Args, id: Id, before: unknown, what: string) => {
  const after = await storedRow(args, id)
  if (!after) throw new Error(`${args.collection} ${id} is gone after a refused ${what}`)
  if (!isDeepStrictEqual(after, before)) {
    throw new Error(
      `${args.collection} ${id} changed after a refused ${what}:\nbefore ${JSON.stringify(before)}\nafter  ${JSON.stringify(after)}`,
    )
  }
}

export const tryCreate = (
  { payload, collection, user }: Args,
  data: Record<string, unknown>,
  onCreated: (id: Id) => void,
  file?: UploadFile,
) =>
  outcomeOf(async () => {
    const doc = await payload.create({ collection, data: data as never, file, ...asUser(user) })
    onCreated(doc.id)
  }, false)

/** Reading is allowed when the row comes back from a query that names it; denied when an existing row does not. */
export const tryRead = async (args: Args, id: Id) => {
  const before = await existingRow(args, id)
  const outcome = await outcomeOf(async () => {
    const { docs } = await args.payload.find({
      collection: args.collection,
      where: { id: { equals: id } },
      ...asUser(args.user),
    })
    if (docs.length === 0) throw new NotFound()
    if (docs.length !== 1 || docs[0]!.id !== id)
      throw new Error(`a query for ${args.collection} ${id} returned ${docs.map((doc) => doc.id)}`)
  })
  await expectUnchanged(args, id, before, 'read')
  return outcome
}

/** An allowed update must have stored what was sent; a refused one must have changed nothing. */
export const tryUpdate = async (args: Args, id: Id, data: Record<string, unknown>) => {
  const before = await existingRow(args, id)
  const outcome = await outcomeOf(() =>
    args.payload.update({ collection: args.collection, id: id as never, data: data as never, ...asUser(args.user) }),
  )
  if (outcome !== 'allowed') {
    await expectUnchanged(args, id, before, 'update')
    return outcome
  }
  const stored = await args.payload.findByID({
    collection: args.collection,
    id: id as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const ignored = Object.entries(data).filter(
    ([key, value]) => !isDeepStrictEqual(stored[key as keyof typeof stored], value),
  )
  if (ignored.length > 0)
    throw new Error(
      `update of ${args.collection} ${id} was allowed but did not store: ${JSON.stringify(Object.fromEntries(ignored))}`,
    )
  return outcome
}

/** An allowed delete removes the row; a refused one leaves it as it was. */
export const tryDelete = async (args: Args, id: Id) => {
  const before = await existingRow(args, id)
  const outcome = await outcomeOf(() =>
    args.payload.delete({ collection: args.collection, id: id as never, ...asUser(args.user) }),
  )
  if (outcome !== 'allowed') await expectUnchanged(args, id, before, 'delete')
  else if (await storedRow(args, id)) throw new Error(`${args.collection} ${id} is still there after an allowed delete`)
  return outcome
}
