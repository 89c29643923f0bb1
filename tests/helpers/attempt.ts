import type { CollectionSlug, Payload } from 'payload'

import type { User } from '../../cms/payload-types'
import { asUser } from './asUser'

type Id = number
export type Outcome = 'allowed' | 'denied'

/** Errors that mean "access control said no" (403, or 404 when a row is filtered out of reach). */
const isDenial = (error: unknown) => {
  const status = (error as { status?: number }).status
  return status === 403 || status === 404 || (error as Error).name === 'Forbidden' || (error as Error).name === 'NotFound'
}

const outcomeOf = async (attempt: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if (isDenial(error)) return 'denied'
    throw error
  }
}

type Args = { payload: Payload; collection: CollectionSlug; user: User | undefined }


/** An uploaded file, for collections that store files. */
export type UploadFile = { data: Buffer; name: string; mimetype: string; size: number }

export const tryCreate = ({ payload, collection, user }: Args, data: Record<string, unknown>, onCreated: (id: Id) => void, file?: UploadFile) =>
  outcomeOf(async () => {
    const doc = await payload.create({ collection, data: data as never, file, ...asUser(user) })
    onCreated(doc.id)
  })

/** Reading is allowed when the row comes back from a query that names it. */
export const tryRead = ({ payload, collection, user }: Args, id: Id) =>
  outcomeOf(async () => {
    const { docs } = await payload.find({ collection, where: { id: { equals: id } }, ...asUser(user) })
    if (docs.length !== 1) throw Object.assign(new Error('not visible'), { status: 404 })
  })

export const tryUpdate = ({ payload, collection, user }: Args, id: Id, data: Record<string, unknown>) =>
  outcomeOf(() => payload.update({ collection, id: id as never, data: data as never, ...asUser(user) }))

export const tryDelete = ({ payload, collection, user }: Args, id: Id) =>
  outcomeOf(() => payload.delete({ collection, id: id as never, ...asUser(user) }))
