import { getPayload, headersWithCors, type SanitizedConfig } from 'payload'

import { quote } from '../hooks/restInput/quote'
import { answerUnlessDatabaseDown } from '../operations/database/answerUnlessDatabaseDown'
import { problem } from './problem'
import { requestRefusal } from './requestRefusal'

/** A Next.js route handler of the catch-all API route (`app/(payload)/api/[...slug]/route.ts`). */
export type RestRouteHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>

/**
 * The REST API's front door: checks what only the raw request shows (route, body encoding and
 * bytes, repeated or malformed query parameters, queries too large to run) and answers a 4xx that
 * says what is wrong; everything else goes on to Payload's handler (a 503 if it fails because the
 * database does not answer). The route file and the tests both go through here, so tests see what
 * the server does.
 */
export const restHandler =
  (config: Promise<SanitizedConfig>, payloadHandler: RestRouteHandler): RestRouteHandler =>
  async (request, args) => {
    // The same instance Payload's handler will use (see createPayloadRequest).
    const payload = await getPayload({ config, cron: true })
    const withCors = (response: Response) => {
      headersWithCors({ headers: response.headers, req: { payload, headers: request.headers } })
      return response
    }
    const { slug = [] } = await args.params
    const refusal = await requestRefusal({ payload, request, segments: slug })
    // While the database is down, what would be a 500 is a 503 that says so.
    if (!refusal) return answerUnlessDatabaseDown(payload, () => payloadHandler(request, args)).then(withCors)
    const { pathname } = new URL(request.url)
    payload.logger.info(`${refusal.status} ${request.method} ${quote(pathname, 120)}: ${quote(refusal.message, 300)}`)
    return withCors(problem(refusal.status, refusal.message))
  }
