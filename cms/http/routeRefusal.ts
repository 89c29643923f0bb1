import type { Payload } from 'payload'

import type { Refusal } from '../hooks/restInput/bodyErrors'
import { idTypeHint, isPossibleId } from '../hooks/restInput/idTypes'
import { idTypeOf } from '../hooks/restInput/queryableFields'
import { quote } from '../hooks/restInput/quote'
import type { RestRoute } from './restRoute'

/**
 * A route that cannot name anything is a 404 that says why: a collection without routes, the
 * versions of a collection or global that keeps none (such routes are not even registered, see
 * cms/access/internal/unusedRoutes.ts; this says so instead of "not found"), and an id no document
 * of this database can have (`/courses/abc`, `/posts/1e999`), which Payload would otherwise coerce
 * (`1abc` reads document 1) or fail on.
 */
export const routeRefusal = (payload: Payload, route: RestRoute): Refusal | null => {
  const entity = route.collection ?? route.global
  if (!entity) return null
  if ((entity.endpoints || []).length === 0) return { status: 404, message: `${entity.slug} has no REST API.` }
  const onVersions = route.path === '/versions' || route.path.startsWith('/versions/')
  if (onVersions && !entity.versions) return { status: 404, message: `${entity.slug} keeps no versions.` }
  const id = route.params.id
  if (id === undefined) return null
  // Version rows have the database's own ids, whatever ids the documents have.
  const idType = route.collection && !onVersions ? idTypeOf(payload, route.collection.slug) : idTypeOf(payload)
  if (isPossibleId(id, idType)) return null
  const what = onVersions ? 'version' : 'document'
  return { status: 404, message: `No ${what} of ${entity.slug} has the id ${quote(id)}: ${idTypeHint(idType)}.` }
}
