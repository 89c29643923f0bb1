import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { cacheButRevalidate, cacheControlFor } from './cachePolicy'
import { isUnmodifiedSince } from './unmodifiedSince'

/** Types sirv does not know or would send without a character set. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** A path that names a dot file or climbs out of the build (`..`, however encoded). */
const isHidden = (pathname: string) => {
  try {
    return /\/\.(?!well-known\/)/.test(decodeURIComponent(pathname))
  } catch {
    return true // not a path any file of the build has
  }
}

type NotFound = (url: string, response: ServerResponse) => void

/**
 * The live portal, served by sirv: the precompressed copy a browser accepts (Brotli, then gzip,
 * with `Content-Encoding` and `Vary`), `ETag` and `Last-Modified` with `304` on revalidation by
 * either (`If-None-Match`, or `If-Modified-Since`, which sirv leaves to us),
 * `HEAD` and byte ranges. Files named after their content are cached for a year; everything else
 * is revalidated, so a repeat visit costs a `304`.
 */
export const createStaticFiles = ({ liveDir, notFound }: { liveDir: string; notFound: NotFound }) => {
  const serve = sirv(liveDir, {
    // Each file is looked up when asked for, not listed once when the server starts: the live build
    // is a link that every publish points at a new folder, to be served from the next request on,
    // and listing a large build (hundreds of thousands of files) would stall the server each time.
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      const type = contentTypes[path.extname(pathname)]
      if (type) response.setHeader('Content-Type', type)
    },
    onNoMatch: (request, response) => {
      response.setHeader('Cache-Control', cacheButRevalidate)
      notFound(request.url ?? '/', response)
    },
  })
  return async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const url = request.url ?? '/'
    const pathname = url.split('?')[0]!
    if (isHidden(pathname)) return notFound(url, response)
    // Set before sirv answers, so that a 304 (which sirv sends bare) carries them too.
    response.setHeader('Cache-Control', cacheControlFor(pathname))
    response.setHeader('Vary', 'Accept-Encoding')
    if (await isUnmodifiedSince(liveDir, pathname, request.headers)) return void response.writeHead(304).end()
    serve(request, response)
  }
}
