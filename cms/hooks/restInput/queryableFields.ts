import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { isLocaleCode } from '../../contract/locales'
import type { IdType } from './idTypes'
import type { FieldAt, QueryableField } from './whereErrors'

/** Whether `slug` names a collection (its own, not a property every object inherits, such as "constructor"). */
export const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug =>
  Object.hasOwn(payload.collections, slug)

/** The id type of a collection's documents on the configured database (without one: of version rows). */
export const idTypeOf = (payload: Payload, collection?: CollectionSlug): IdType => {
  const custom = collection ? payload.collections[collection]?.customIDType : undefined
  if (custom) return custom === 'number' ? 'number' : 'text'
  if (payload.db.defaultIDType === 'number') return 'number'
  return payload.db.name === 'mongoose' ? 'objectId' : 'text'
}

const leafOf = (payload: Payload, field: FlattenedField): QueryableField => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    case 'number':
      return { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'point':
      return { kind: 'point' }
    case 'richText':
    case 'json':
      return { kind: 'json' }
    case 'select':
    case 'radio':
      return {
        kind: 'choice',
        options: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
      }
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string'
        ? { kind: 'id', idType: idTypeOf(payload, field.relationTo) }
        : { kind: 'polymorphic' }
    default:
      return { kind: 'other' }
  }
}

/** The fields one level down from `field`, if a path may go on through it. */
const childrenOf = (payload: Payload, field: FlattenedField): FlattenedField[] | undefined => {
  if ('flattenedFields' in field) return field.flattenedFields
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.flattenedFields)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    return payload.collections[field.relationTo]?.config.flattenedFields
  }
  return undefined
}

/**
 * Tells what a `where` path names among `fields`, following groups, arrays, blocks, localized
 * values (`title.fr`) and single-collection relationships (`themes.name`) as Payload's queries do.
 */
export const fieldAtIn =
  ({ payload, fields, idType }: { payload: Payload; fields: FlattenedField[]; idType: IdType }): FieldAt =>
  (path) => {
    const segments = path.split('.')
    let current: FlattenedField[] | undefined = fields
    let currentIdType = idType
    for (let index = 0; index < segments.length; index += 1) {
      const name = segments[index]
      if (name === 'id' && index === segments.length - 1) return { kind: 'id', idType: currentIdType }
      const field: FlattenedField | undefined = current?.find((candidate) => candidate.name === name)
      if (!field) return undefined
      if ('localized' in field && field.localized && isLocaleCode(segments[index + 1] ?? '')) index += 1
      if (index === segments.length - 1) return leafOf(payload, field)
      // A relationship to several collections is queried by its parts: `user.value`, `user.relationTo`.
      if (
        (field.type === 'relationship' || field.type === 'upload') &&
        Array.isArray(field.relationTo) &&
        index === segments.length - 2
      ) {
        if (segments[index + 1] === 'value') return { kind: 'id', idType: idTypeOf(payload) }
        if (segments[index + 1] === 'relationTo') return { kind: 'choice', options: field.relationTo }
        return undefined
      }
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
        currentIdType = idTypeOf(payload, field.relationTo)
      } else if (field.type === 'array') {
        currentIdType = 'text'
      }
      current = childrenOf(payload, field)
    }
    return undefined
  }
