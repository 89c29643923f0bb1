/** Files named after their content, which therefore never change: cached for a year, never revalidated. */
const hashedAssets = [
  // Astro's bundled scripts and styles.
  /^\/_astro\//,
  // Pagefind's index chunks, excerpts, filters and per-language metadata (not its code or entry file).
  /^\/pagefind\/.*_[0-9a-f]{7,}\.pf_(?:meta|index|fragment|filter)$/,
]

export const cacheForever = 'public, max-age=31536000, immutable'

/** Everything else may change with the next build: browsers keep it but ask first (ETag, 304). */
export const cacheButRevalidate = 'no-cache'

/** The Cache-Control header for a path of the static portal. */
export const cacheControlFor = (pathname: string) =>
  hashedAssets.some((pattern) => pattern.test(pathname)) ? cacheForever : cacheButRevalidate
