import * as qs from 'qs-esm'

import { isLocaleCode } from '../../contract/locales'
import { quote } from './quote'
import { whereErrors, type WhereSchema } from './whereErrors'

const integerParams = { limit: [0, 1000], page: [1, 1_000_000], depth: [0, 4] } as const

/** Parameters Payload reads as true or false (see payload's parseParams). */
const booleanParams = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]

/** Parameters Payload parses as JSON when they come as one string (`?where={"title":{"equals":"x"}}`). */
const jsonParams = ['where', 'data'] as const

/** A where clause must be a tree of objects; `and`/`or` hold lists of clauses. */
const whereShapeError = (where: unknown, path = 'where'): string | null => {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return `${path} must be an object`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const clauses = Array.isArray(value)
        ? value
        : typeof value === 'object' && value !== null
          ? Object.values(value)
          : null
      if (!clauses) return `${path}.${key} must be a list of conditions`
      for (const [index, clause] of clauses.entries()) {
        const error = whereShapeError(clause, `${path}.${key}[${index}]`)
        if (error) return error
      }
    } else if (typeof value !== 'object' || value === null) {
      return `${path}.${key} needs an operator, e.g. ${path}[${key}][equals]=…`
    }
  }
  return null
}

/** The parameter as Payload will use it: JSON strings parsed, or an error saying they are not JSON objects. */
const parsedJsonParam = (name: string, value: unknown): { value: unknown } | { error: string } => {
  if (typeof value !== 'string') return { value }
  try {
    const parsed: unknown = JSON.parse(value)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { value: parsed }
  } catch {
    // Reported below, in the client's terms.
  }
  return { error: `${name} given as one value must be a JSON object, e.g. ${name}={"title":{"equals":"x"}}.` }
}

const sortFields = (sort: unknown): unknown[] =>
  typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : [sort]

/**
 * What is wrong with a REST request's query string (`?locale=fr&where[title][like]=…`), in words a
 * client developer can act on. `sortable` names the fields a list may be sorted by; `fieldAt` tells
 * what a `where` path holds. Run it after `queryStringErrors`, on a query string that passed.
 */
export const queryErrors = ({
  search,
  sortable,
  fieldAt = () => undefined,
  unsupportedOperators,
}: { search: string; sortable: Set<string> } & Partial<WhereSchema>): string[] => {
  const errors: string[] = []
  const searchParams = new URLSearchParams(search)
  // Parsed exactly as Payload parses it (see createPayloadRequest).
  const query: Record<string, unknown> = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  })
  const locale = searchParams.get('locale')
  if (locale !== null && locale !== 'all' && !isLocaleCode(locale)) {
    errors.push(`Unknown locale ${quote(locale)}. Use one of en, fr, es, ar, ru, zh or all.`)
  }
  // The admin sends fallback-locale=null when a document is saved; `none` and `null` both mean "no fallback".
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const fallback = searchParams.get(name)
    if (fallback !== null && fallback !== 'none' && fallback !== 'null' && !isLocaleCode(fallback)) {
      errors.push(`Unknown ${name} ${quote(fallback)}. Use one of en, fr, es, ar, ru, zh, or none.`)
    }
  }
  for (const [name, [min, max]] of Object.entries(integerParams)) {
    if (!(name in query)) continue
    const value = query[name]
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
    if (!Number.isInteger(number) || number < min || number > max)
      errors.push(`${name} must be a whole number from ${min} to ${max}.`)
  }
  for (const name of booleanParams) {
    if (name in query && query[name] !== 'true' && query[name] !== 'false')
      errors.push(`${name} must be true or false.`)
  }
  if ('sort' in query) {
    for (const field of sortFields(query.sort)) {
      const name = typeof field === 'string' ? (field.replace(/^-/, '').split('.')[0] ?? '') : ''
      if (!sortable.has(name)) errors.push(`Cannot sort by ${quote(field)}.`)
    }
  }
  for (const name of jsonParams) {
    if (!(name in query)) continue
    const parsed = parsedJsonParam(name, query[name])
    if ('error' in parsed) {
      errors.push(parsed.error)
    } else if (name === 'where') {
      const error = whereShapeError(parsed.value)
      if (error) errors.push(`Malformed where: ${error}.`)
      else
        errors.push(
          ...whereErrors(parsed.value as Record<string, unknown>, { fieldAt, unsupportedOperators }).map(
            (problem) => `${problem}.`,
          ),
        )
    }
  }
  return errors
}
