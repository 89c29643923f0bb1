import type { IncomingMessage, ServerResponse } from 'node:http'

import { maxUploadBytes } from '../../contract/uploads'
import { clientAddressHeader } from '../../accounts/throttle/clientAddress'
import { refuse } from './securityHeaders'
import { settings } from '../../config/settings'

/** JSON bodies are small; only uploads to the media library may be large. */
export const maxJsonBytes = 1024 * 1024

const uploadPath = /^\/api\/media(\/|\?|$)/

/** A refused body is never read, so the connection closes with the answer (what follows on it is not a request). */
const unreadBody = { connection: 'close' }

/**
 * The client's address: the socket's, or behind a trusted proxy (TRUST_PROXY=true) the last
 * X-Forwarded-For entry — the one the proxy appended; earlier entries are whatever the client wrote.
 */
export const clientAddress = (request: IncomingMessage) => {
  const forwarded = settings().TRUST_PROXY
    ? String(request.headers['x-forwarded-for'] ?? '')
        .split(',')
        .pop()
        ?.trim()
    : ''
  return forwarded || request.socket.remoteAddress || 'unknown'
}

/**
 * Checks an API request before the CMS sees it: body size
 * (413, by the declared length; a body that claims less and sends more is cut off by the CMS's
 * own parser). A body sent in chunks has no declared length, so it is refused (411): browsers and
 * the islands always declare it. Returns false when it has answered the request itself.
 */
export const createRequestGuards = () => {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/'
    if (request.headers['transfer-encoding'] !== undefined) {
      refuse(response, 411, 'Send the request body with a Content-Length header.', unreadBody)
      return false
    }
    const declared = Number(request.headers['content-length'] ?? 0)
    const allowed = uploadPath.test(url) ? maxUploadBytes + 64 * 1024 : maxJsonBytes
    if (declared > allowed) {
      refuse(
        response,
        413,
        `The request body is too large (at most ${Math.floor(allowed / 1024)} KB here).`,
        unreadBody,
      )
      return false
    }
    // The CMS counts its rate limits per client address (cms/accounts/limits.ts); it learns the address
    // here, never from the client.
    request.headers[clientAddressHeader] = clientAddress(request)
    // Every 429 from the CMS carries Retry-After.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status === 429 && !response.hasHeader('retry-after')) response.setHeader('retry-after', '60')
      return writeHead(status, ...rest)
    }) as typeof response.writeHead
    return true
  }
}
