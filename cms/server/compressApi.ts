import type { IncomingMessage, ServerResponse } from 'node:http'

import compression from 'compression'

/** JSON and its dialects (`application/json`, `application/problem+json`…), whatever the parameters. */
const jsonType = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i

/**
 * Only JSON is compressed here. Event streams must reach the browser as each event is written,
 * and media, PDFs and archives served through the API are compressed already or barely
 * compressible; a response that already has a `Content-Encoding` is left as it is (the library's
 * own rule), and so is one marked `Cache-Control: no-transform`.
 */
export const isCompressibleApiAnswer = (response: ServerResponse) =>
  jsonType.test(String(response.getHeader('Content-Type') ?? ''))

/**
 * Below this, a compressed answer saves less than the work and its headers cost. Only answers whose
 * length is known when their headers go out can be kept below it: Next.js streams a route's answer
 * without a length, so its JSON is compressed whatever its size (a few bytes more for the smallest).
 */
export const apiCompressionThreshold = 1024

const compress = compression({
  threshold: apiCompressionThreshold,
  filter: (_request, response) => isCompressibleApiAnswer(response),
})

/**
 * Wraps the CMS's handler so that large JSON answers of the API are sent compressed (Brotli, then
 * gzip, as Accept-Encoding allows; `Vary: Accept-Encoding` on every JSON answer).
 */
export const withApiCompression =
  (handle: (request: IncomingMessage, response: ServerResponse) => unknown) =>
  (request: IncomingMessage, response: ServerResponse) =>
    compress(request, response, () => void handle(request, response))
