/**
 * A path segment that names one record or carries a secret: a number, hex (object ids, reset
 * tokens), a UUID, a JSON web token, or a long run of letters mixed with digits. Slugs (words
 * joined by hyphens) are kept: they name public content.
 */
const identifying = [
  /^\d+$/,
  /^[0-9a-f]{16,}$/i,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}$/,
  /^(?=.*\d)(?=.*[a-z])\w{20,}$/i,
]
const isIdentifying = (segment: string) => identifying.some((pattern) => pattern.test(segment))

/** Uploaded files are named by their uploaders, and a name can say who they are. */
const fileRoute = /^(\/api\/[^/]+\/file\/).+$/

/**
 * The path as the request log keeps it: no query string (searches, tokens, e-mail addresses),
 * no record ids (whose account, whose enrolment) or tokens in the path, no uploaded file names;
 * what is left says which route was asked for.
 */
export const loggedPath = (url: string) => {
  const path = url.split(/[?#]/)[0] || '/'
  const withoutFile = path.replace(fileRoute, '$1:file')
  return withoutFile
    .split('/')
    .map((segment) => (isIdentifying(segment) ? ':id' : segment))
    .join('/')
}
