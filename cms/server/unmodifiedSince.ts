import { stat } from 'node:fs/promises'
import type { IncomingHttpHeaders } from 'node:http'
import path from 'node:path'

/** The files a URL path may name in the build, in the order the static server looks for them. */
const candidates = (liveDir: string, pathname: string) => {
  const file = path.join(liveDir, decodeURIComponent(pathname))
  const bare = file.endsWith(path.sep) ? file.slice(0, -1) : file
  return [bare, `${bare}.html`, path.join(bare, 'index.html')]
}

/**
 * Revalidation by date, for clients and caches that keep `Last-Modified` but not `ETag` (an
 * `If-None-Match` takes precedence and is answered by the static server itself). True when the file
 * the path names has not changed since the date the client holds; its compressed copies are made
 * from it, so they are unchanged too. HTTP dates count whole seconds.
 */
export const isUnmodifiedSince = async (liveDir: string, pathname: string, headers: IncomingHttpHeaders) => {
  const since = Date.parse(headers['if-modified-since'] ?? '')
  if (Number.isNaN(since) || headers['if-none-match'] || /no-cache/.test(headers['cache-control'] ?? '')) return false
  for (const file of candidates(liveDir, pathname)) {
    const found = await stat(file).catch(() => null)
    if (found?.isFile()) return Math.floor(found.mtimeMs / 1000) * 1000 <= since
  }
  return false
}
