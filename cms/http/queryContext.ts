import { buildVersionCollectionFields, buildVersionGlobalFields, type FlattenedField, type Payload } from 'payload'

import { fieldAtIn, idTypeOf } from '../hooks/restInput/queryableFields'
import type { WhereSchema } from '../hooks/restInput/whereErrors'
import type { RestRoute } from './restRoute'

// Built once per collection or global: the versions' fields are derived from the resolved config.
const versionFields = new WeakMap<object, FlattenedField[]>()

const fieldsOf = (payload: Payload, route: RestRoute): FlattenedField[] => {
  const entity = route.collection ?? route.global
  if (!entity) return []
  if (!route.pattern?.startsWith('/versions')) return entity.flattenedFields
  const known = versionFields.get(entity)
  if (known) return known
  const built = route.collection
    ? buildVersionCollectionFields(payload.config, route.collection, true)
    : buildVersionGlobalFields(payload.config, route.global!, true)
  versionFields.set(entity, built)
  return built
}

// The SQL adapters have no `all` (see @payloadcms/drizzle's operatorMap).
const sqlUnsupported = new Set(['all'])

/** What a route's query may sort by and filter on: its collection's (or its versions') fields. */
export const queryContextOf = (payload: Payload, route: RestRoute): WhereSchema & { sortable: Set<string> } => {
  const fields = fieldsOf(payload, route)
  const documents = route.collection && !route.pattern?.startsWith('/versions')
  const idType = documents ? idTypeOf(payload, route.collection!.slug) : idTypeOf(payload)
  return {
    sortable: new Set(['id', 'createdAt', 'updatedAt', ...fields.map((field) => field.name)]),
    fieldAt: fieldAtIn({ payload, fields, idType }),
    unsupportedOperators: payload.db.name === 'mongoose' ? new Set() : sqlUnsupported,
  }
}
