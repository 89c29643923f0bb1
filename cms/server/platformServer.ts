import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { logRequest } from '../operations/requestLog/logRequest'
import { createRequestGuards } from './hardening/requestGuards'
import { setSecurityHeaders } from './hardening/securityHeaders'
import { notFoundPage } from './notFoundPage'
import { serveStatic } from './staticFiles'

/** The paths the Payload app (Next.js) answers; everything else is the static portal. */
const cmsPrefixes = ['/admin', '/api', '/_next']
const goesToCms = (url: string) => cmsPrefixes.some((prefix) => url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?'))

/**
 * One origin for everything: /admin, /api and /_next go to the CMS (after the request guards),
 * every other path to the live static portal. Security headers on every answer; one log line each.
 */
export const createPlatformServer = ({
  liveDir,
  handleWithCms,
}: {
  liveDir: string
  handleWithCms: (request: IncomingMessage, response: ServerResponse) => unknown
}) => {
  const notFound = notFoundPage(liveDir)
  const guard = createRequestGuards()
  return createServer((request, response) => {
    logRequest(request, response)
    const url = request.url ?? '/'
    setSecurityHeaders(response, { admin: url.startsWith('/admin') })
    if (goesToCms(url)) {
      if (!guard(request, response)) return
      return void handleWithCms(request, response)
    }
    void serveStatic(liveDir, request, response, (res) => notFound(url, res))
  })
}
