import type { Access, CollectionConfig, GlobalConfig } from 'payload'

import { isEditor } from './isEditor'
import { nobody } from './nobody'

/**
 * Every access function Payload consults, required. Payload fills a missing one with "any signed-in
 * user" (and `readVersions` falls back to the same), so each collection states each one.
 */
export type CollectionAccess = Required<NonNullable<CollectionConfig['access']>>
export type GlobalAccess = Required<NonNullable<GlobalConfig['access']>>

type RecordOperations = Pick<CollectionAccess, 'read' | 'create' | 'update' | 'delete'>

/** A collection without versions or sign-in: its four operations, and nobody for the rest. */
export const recordAccess = (operations: RecordOperations): CollectionAccess => ({
  ...operations,
  readVersions: nobody,
  unlock: nobody,
  admin: nobody,
})

/** Editorial content: editors and admins write it and read its history; `read` says who else reads it. */
export const editorialAccess = (read: Access): CollectionAccess => ({
  ...recordAccess({ read, create: isEditor, update: isEditor, delete: isEditor }),
  readVersions: isEditor,
})
