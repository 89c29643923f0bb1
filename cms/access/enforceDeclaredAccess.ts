import type { CollectionConfig, Field, GlobalConfig, SanitizedConfig } from 'payload'

import { internalCollectionAccess, secureInternalCollections } from './internal'
import { authFieldAccess, secureAuthFields } from './internal/authFields'
import { removeUnusedRoutes } from './internal/unusedRoutes'

const collectionKeys = ['read', 'create', 'update', 'delete', 'readVersions', 'unlock', 'admin'] as const
const globalKeys = ['read', 'update', 'readVersions'] as const
const fieldKeys = ['read', 'create', 'update'] as const

type Declared = WeakSet<object>

const subfieldsOf = (field: Field): Field[] => {
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => tab.fields)
  if (field.type === 'blocks')
    return (field.blocks ?? []).flatMap((block) => (typeof block === 'string' ? [] : block.fields))
  return 'fields' in field ? field.fields : []
}

const fieldAccessFunctions = (fields: Field[]): unknown[] =>
  fields.flatMap((field) => [
    ...Object.values(('access' in field && field.access) || {}),
    ...fieldAccessFunctions(subfieldsOf(field)),
  ])

/** Every access function the platform wrote itself, collected before Payload adds its defaults. */
export const declaredAccessOf = ({
  collections,
  globals,
}: {
  collections: CollectionConfig[]
  globals: GlobalConfig[]
}): Declared => {
  const functions = [
    ...collections.flatMap((collection) => [
      ...Object.values(collection.access ?? {}),
      ...fieldAccessFunctions(collection.fields),
    ]),
    ...globals.flatMap((global) => [...Object.values(global.access ?? {}), ...fieldAccessFunctions(global.fields)]),
    ...Object.values(internalCollectionAccess).flatMap((access) => Object.values(access)),
    ...Object.values(authFieldAccess).flatMap((access) => Object.values(access)),
  ]
  return new WeakSet(functions.filter((fn): fn is object => typeof fn === 'function'))
}

const undeclared = (
  owner: string,
  access: Record<string, unknown> | undefined,
  keys: readonly string[],
  declared: Declared,
) =>
  keys.flatMap((key) => {
    const fn = access?.[key]
    if (typeof fn !== 'function') return [`${owner}: access.${key} is not declared`]
    return declared.has(fn) ? [] : [`${owner}: access.${key} is Payload's default, not one the platform declared`]
  })

const fieldProblems = (owner: string, fields: Field[], declared: Declared, path = ''): string[] =>
  fields.flatMap((field) => {
    const name = 'name' in field && field.name ? `${path}${field.name}` : path.replace(/\.$/, '')
    // A field without rules of its own follows its document's; one with any rule states all three.
    const rules = 'access' in field && field.access && Object.keys(field.access).length > 0 ? field.access : null
    const own = rules ? undeclared(`${owner} field ${name}`, rules, fieldKeys, declared) : []
    return [...own, ...fieldProblems(owner, subfieldsOf(field), declared, name ? `${name}.` : path)]
  })

/**
 * What the resolved config leaves to Payload's defaults: any collection or global access function
 * not declared by the platform (Payload's default lets any signed-in user in), and any field that
 * restricts one operation without saying what the others are.
 */
export const accessProblems = (config: SanitizedConfig, declared: Declared): string[] => [
  ...config.collections.flatMap((collection) => [
    ...undeclared(`collection ${collection.slug}`, collection.access, collectionKeys, declared),
    ...fieldProblems(`collection ${collection.slug}`, collection.fields, declared),
  ]),
  ...config.globals.flatMap((global) => [
    ...undeclared(`global ${global.slug}`, global.access, globalKeys, declared),
    ...fieldProblems(`global ${global.slug}`, global.fields, declared),
  ]),
]

/**
 * Deny by default, by construction: Payload's internal collections and account fields get the
 * platform's access, routes that mean nothing here are removed, and a config that leaves any
 * access function to Payload's defaults does not start.
 */
export const enforceDeclaredAccess = (config: SanitizedConfig, declared: Declared): SanitizedConfig => {
  const problems = accessProblems(removeUnusedRoutes(secureAuthFields(secureInternalCollections(config))), declared)
  if (problems.length > 0) {
    throw new Error(
      `Access not declared (every access function must be, see cms/access/accessDeclarations.ts):\n- ${problems.join('\n- ')}`,
    )
  }
  return config
}
