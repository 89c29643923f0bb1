import { isLocaleCode } from '../../shared/locales'

const integerParams = { limit: [0, 1000], page: [1, 1_000_000], depth: [0, 4] } as const

/** A where clause must be a tree of objects; `and`/`or` hold lists of clauses. */
const whereShapeError = (where: unknown, path = 'where'): string | null => {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) return `${path} must be an object`
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const clauses = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : null
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

/** What is wrong with a REST request's query parameters, in words a client developer can act on. */
export const queryErrors = ({ searchParams, query, sortable }: { searchParams: URLSearchParams; query: Record<string, unknown>; sortable: Set<string> }): string[] => {
  const errors: string[] = []
  for (const name of ['locale', 'fallback-locale'] as const) {
    const value = searchParams.get(name)
    if (value !== null && value !== 'all' && value !== 'none' && !isLocaleCode(value)) {
      errors.push(`Unknown ${name} "${value}". Use one of en, fr, es, ar, ru, zh${name === 'locale' ? ' or all' : ''}.`)
    }
  }
  for (const [name, [min, max]] of Object.entries(integerParams)) {
    const value = searchParams.get(name)
    if (value === null) continue
    const number = Number(value)
    if (!Number.isInteger(number) || number < min || number > max) errors.push(`${name} must be a whole number from ${min} to ${max}.`)
  }
  const sort = searchParams.get('sort')
  for (const field of sort ? sort.split(',') : []) {
    const name = field.replace(/^-/, '').split('.')[0] ?? ''
    if (!sortable.has(name)) errors.push(`Cannot sort by "${field}".`)
  }
  if (query.where !== undefined) {
    const error = whereShapeError(query.where)
    if (error) errors.push(`Malformed where: ${error}.`)
  }
  return errors
}
