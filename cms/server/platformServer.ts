import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { withApiCompression } from './compressApi'
import { logRequest } from '../operations/requestLog/logRequest'
import { createRequestGuards } from './hardening/requestGuards'
import { setSecurityHeaders } from './hardening/securityHeaders'
import { notFoundPage } from './notFoundPage'
import { dropCorsHeadersForSameOrigin } from './trimApiHeaders'
import { createStaticFiles } from './staticFiles'

/** The paths the Payload app (Next.js) answers; everything else is the static portal. */
const cmsPrefixes = ['/admin', '/api', '/_next']
const goesToCms = (url: string) =>
  cmsPrefixes.some((prefix) => url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?'))

/**
 * One origin for everything: /admin, /api and /_next go to the CMS (after the request guards),
 * every other path to the live static portal. Security headers on every answer; one log line each;
 * large JSON answers of the API compressed.
 */
export const createPlatformServer = ({
  liveDir,
  handleWithCms,
}: {
  liveDir: string
  handleWithCms: (request: IncomingMessage, response: ServerResponse) => unknown
}) => {
  const serveStatic = createStaticFiles({ liveDir, notFound: notFoundPage(liveDir) })
  const guard = createRequestGuards()
  const handleApi = withApiCompression(handleWithCms)
  return createServer((request, response) => {
    logRequest(request, response)
    const url = request.url ?? '/'
    setSecurityHeaders(response, { admin: url.startsWith('/admin') })
    if (goesToCms(url)) {
      if (!guard(request, response)) return
      if (!url.startsWith('/api')) return void handleWithCms(request, response)
      dropCorsHeadersForSameOrigin(request, response)
      return void handleApi(request, response)
    }
    void serveStatic(request, response)
  })
}
