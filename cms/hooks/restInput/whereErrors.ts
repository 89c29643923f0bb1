import { validOperators } from 'payload/shared'

import { idTypeHint, isPossibleId, type IdType } from './idTypes'
import { quote } from './quote'

/** What a queried path holds, as far as the values compared with it are concerned. */
export type QueryableField =
  | { kind: 'id'; idType: IdType }
  | { kind: 'number' | 'date' | 'boolean' | 'text' | 'json' | 'point' | 'polymorphic' | 'other' }
  | { kind: 'choice'; options: string[] }

/** The field a `where` path (`title`, `themes.name`, `version.course`) names, if any. */
export type FieldAt = (path: string) => QueryableField | undefined

/**
 * How large a `where` may be. A `like` is one condition per word, all joined by AND; SQLite gives up
 * past 1,000 nested terms ("expression tree too large") and PostgreSQL past 65,535 parameters.
 */
export const whereLimits = { conditions: 100, depth: 5, valueLength: 500, wordsPerCondition: 20, listItems: 1000 }

const listOperators = new Set(['in', 'not_in', 'all'])
const textOperators = new Set(['like', 'not_like', 'contains'])
const geoOperators = new Set(['near', 'within', 'intersects'])

type Scalar = string | number | boolean | null
const isScalar = (value: unknown): value is Scalar =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isBoolean = (value: unknown) => value === true || value === false || value === 'true' || value === 'false'
// Payload reads these as "no value" on ids, numbers and dates; on a choice or a checkbox they
// would reach the database as text.
const isNoValue = (value: Scalar) => value === '' || value === 'null'

const validDate = (value: Scalar) => {
  const date = new Date(typeof value === 'boolean' || value === null ? Number.NaN : value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}

/** Why `value` cannot be compared with `field`, or null. */
const valueProblem = (field: QueryableField | undefined, value: Scalar): string | null => {
  if (typeof value === 'string' && value.length > whereLimits.valueLength)
    return `is longer than ${whereLimits.valueLength} characters`
  if (!field || value === null) return null
  switch (field.kind) {
    case 'id':
      return isNoValue(value) || isPossibleId(value, field.idType)
        ? null
        : `${quote(value)} is not an id: ${idTypeHint(field.idType)}`
    case 'number':
      return isNoValue(value) || (typeof value !== 'boolean' && Number.isFinite(Number(value)))
        ? null
        : `${quote(value)} is not a number`
    case 'date':
      return isNoValue(value) || validDate(value)
        ? null
        : `${quote(value)} is not a date (e.g. 2030-01-31 or 2030-01-31T09:00:00Z)`
    case 'boolean':
      return isBoolean(value) ? null : `${quote(value)} is not true or false`
    case 'choice':
      return field.options.includes(String(value)) ? null : `${quote(value)} is not one of ${field.options.join(', ')}`
    default:
      return null
  }
}

/** What the queried collection offers: its fields, and the operators its database cannot run (`all` on SQL). */
export type WhereSchema = { fieldAt: FieldAt; unsupportedOperators?: ReadonlySet<string> }

type Found = { problems: string[]; conditions: number }
type Condition = { path: string; schema: WhereSchema; operator: string; value: unknown; found: Found }

const conditionProblems = ({ path, schema, operator, value, found }: Condition) => {
  const at = `where.${path}.${operator}`
  const problem = (text: string) => found.problems.push(`${at} ${text}`)
  // Payload's own list of operators, so the check never lags behind what its queries accept.
  const supported: string[] = validOperators.filter((name) => !schema.unsupportedOperators?.has(name))
  if (!supported.includes(operator)) return problem(`is not an operator here; use one of ${supported.join(', ')}`)
  const field = schema.fieldAt(path)
  found.conditions += 1
  if (geoOperators.has(operator)) return field?.kind === 'point' ? undefined : problem('works on point fields only')
  if (operator === 'exists') return isBoolean(value) ? undefined : problem('must be true or false')
  if (field?.kind === 'json')
    return problem('cannot be compared: rich text and JSON fields are tested with exists only')
  if (field?.kind === 'polymorphic')
    return problem(`cannot compare a relationship to several collections; compare ${path}.value or ${path}.relationTo`)
  if (textOperators.has(operator) && field && field.kind !== 'text') return problem('works on text fields only')
  const values = listOperators.has(operator) ? (typeof value === 'string' ? value.split(',') : value) : [value]
  if (!Array.isArray(values) || !values.every(isScalar)) {
    return problem(
      listOperators.has(operator)
        ? 'must be a list of values (e.g. in=a,b)'
        : 'must be a single value, not a list or an object',
    )
  }
  if (values.length > whereLimits.listItems) return problem(`lists more than ${whereLimits.listItems} values`)
  if (textOperators.has(operator) && typeof value === 'string') {
    const words = value.split(/\s+/).filter(Boolean).length
    found.conditions += Math.max(0, words - 1)
    if (words > whereLimits.wordsPerCondition) return problem(`has more than ${whereLimits.wordsPerCondition} words`)
  }
  for (const item of values) {
    const text = valueProblem(field, item)
    if (text) return problem(text)
  }
}

const walk = (where: Record<string, unknown>, schema: WhereSchema, depth: number, found: Found) => {
  if (depth > whereLimits.depth) {
    found.problems.push(`where nests and/or more than ${whereLimits.depth} levels deep`)
    return
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const clauses = Array.isArray(value) ? value : Object.values(value as object)
      for (const clause of clauses) walk(clause as Record<string, unknown>, schema, depth + 1, found)
    } else {
      for (const [operator, operand] of Object.entries(value as object))
        conditionProblems({ path: key, schema, operator, value: operand, found })
    }
  }
}

/**
 * What is wrong with a well-shaped `where` (see `whereShapeError`): unknown operators, values
 * that the field cannot hold (a date that is no date, an id of the wrong type, a choice not
 * offered), and a query too large to run.
 */
export const whereErrors = (where: Record<string, unknown>, schema: WhereSchema): string[] => {
  const found: Found = { problems: [], conditions: 0 }
  walk(where, schema, 0, found)
  if (found.conditions > whereLimits.conditions) {
    found.problems.unshift(
      `where has more than ${whereLimits.conditions} conditions (each word of a like or contains counts as one)`,
    )
  }
  return [...new Set(found.problems)].slice(0, 10)
}
