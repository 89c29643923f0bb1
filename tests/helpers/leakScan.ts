/** One private string found in one file of a build. */
export type Leak = { file: string; found: string }

/**
 * The ways an e-mail address can be written into a page, a JSON file or a search index and still
 * be read by anyone who opens it: as is, percent-encoded, as an HTML character reference, as a
 * JSON/JavaScript escape.
 */
export const writtenForms = (address: string) => {
  const [local, domain] = address.toLowerCase().split('@')
  return ['@', '%40', '&#64;', '&#x40;', '\\u0040'].map((at) => `${local}${at}${domain}`)
}

/**
 * Every file of `files` (path → text) that contains any of `secrets`, compared case-insensitively
 * (addresses are case-insensitive, and a page may capitalise what it shows).
 */
export const leaksIn = (files: Map<string, string>, secrets: Iterable<string>): Leak[] => {
  const needles = [...new Set([...secrets].map((secret) => secret.toLowerCase()))]
  return [...files].flatMap(([file, text]) => {
    const lower = text.toLowerCase()
    return needles.filter((needle) => lower.includes(needle)).map((found) => ({ file, found }))
  })
}
