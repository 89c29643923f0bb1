import type { Payload } from 'payload'

import type { Refusal } from '../hooks/restInput/bodyErrors'
import type { RestRoute } from './restRoute'

/**
 * DELETE /api/payload-preferences/:key for a preference the user does not have fails in Payload's
 * SQL adapters with an SQL error (deleteOne's fallback query drops the joins its where needs), a
 * 500. It is answered here with the 404 Payload means to give; with a preference, Payload deletes it.
 */
export const missingPreferenceRefusal = async ({
  payload,
  request,
  route,
}: {
  payload: Payload
  request: Request
  route: RestRoute
}): Promise<Refusal | null> => {
  if (request.method !== 'DELETE' || route.collection?.slug !== 'payload-preferences' || route.params.key === undefined)
    return null
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return null // Payload answers 401
  const { totalDocs } = await payload.count({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: route.params.key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs === 0 ? { status: 404, message: 'Not Found' } : null
}
