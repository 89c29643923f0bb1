import type { IncomingMessage, ServerResponse } from 'node:http'

/** What Payload adds to every answer for cross-origin callers: about 220 bytes each time. */
const corsOnlyHeaders = ['access-control-allow-methods', 'access-control-allow-headers']

/**
 * A request without an `Origin` header is not a cross-origin request (the portal's islands fetch the
 * API on their own origin), so the CORS headers Payload adds to every answer tell its browser
 * nothing: they are dropped, which keeps a repeat visit of a page with islands within a few packets.
 * Preflights and cross-origin requests always carry `Origin` and keep them.
 */
export const dropCorsHeadersForSameOrigin = (request: IncomingMessage, response: ServerResponse) => {
  if (request.headers.origin) return
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
  response.writeHead = ((...args: unknown[]) => {
    for (const name of corsOnlyHeaders) response.removeHeader(name)
    return writeHead(...args)
  }) as typeof response.writeHead
}
