import { quote } from './quote'
import { unstorableTextError } from './unstorableText'

const decoded = (part: string): string | null => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/**
 * What is wrong with a raw query string before it is parsed: percent-encoding that is not UTF-8,
 * text no database can store, and a parameter given twice (`limit=1&limit=2` would reach Payload
 * as a list). Lists are written once, `where[id][in]=1,2`, or with explicit brackets, `ids[]=1&ids[]=2`.
 */
export const queryStringErrors = (search: string): string[] => {
  const errors = new Set<string>()
  const seen = new Set<string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const separator = pair.indexOf('=')
    const key = decoded(separator === -1 ? pair : pair.slice(0, separator))
    const value = decoded(separator === -1 ? '' : pair.slice(separator + 1))
    if (key === null || value === null) {
      errors.add(`The query string is not valid percent-encoded UTF-8 near ${quote(pair)}.`)
      continue
    }
    const problem = unstorableTextError(key) ?? unstorableTextError(value)
    if (problem) errors.add(`The query parameter ${quote(key)} ${problem}.`)
    if (seen.has(key) && !key.endsWith('[]'))
      errors.add(`The query parameter ${quote(key)} is given more than once; give it once.`)
    seen.add(key)
  }
  return [...errors].slice(0, 10)
}
