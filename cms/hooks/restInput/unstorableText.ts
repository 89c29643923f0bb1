/** How deep a submitted JSON document may nest; rich text (lists in lists) stays far below it. */
export const maxJsonDepth = 64

const nul = '\u0000'
// In a `u` regular expression a surrogate pair is one code point, so only an unpaired half matches.
const loneSurrogate = /\p{Cs}/u

/**
 * What makes a string impossible to store faithfully, or null: PostgreSQL refuses a NUL character
 * and SQLite cuts the text short at it; a lone UTF-16 surrogate comes back as a replacement character.
 */
export const unstorableTextError = (text: string): string | null => {
  if (text.includes(nul)) return 'contains a NUL character (\\u0000)'
  if (loneSurrogate.test(text)) return 'contains an unpaired UTF-16 surrogate (not valid Unicode text)'
  return null
}

/**
 * The first key or string in a JSON value that cannot be stored faithfully, or nesting deeper than
 * `maxJsonDepth`, as `where: problem` (`body.title: contains a NUL character`); null when all is well.
 */
export const unstorableJsonError = (value: unknown, path: string, depth = 0): string | null => {
  if (typeof value === 'string') {
    const problem = unstorableTextError(value)
    return problem ? `${path} ${problem}` : null
  }
  if (typeof value !== 'object' || value === null) return null
  if (depth >= maxJsonDepth) return `${path} nests deeper than ${maxJsonDepth} levels`
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = unstorableTextError(key)
    if (keyProblem) return `${path}: a key ${keyProblem}`
    const problem = unstorableJsonError(item, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1)
    if (problem) return problem
  }
  return null
}
