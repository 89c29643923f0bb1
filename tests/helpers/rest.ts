import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import config from '../../cms/payload.config'
import { restHandler, type RestRouteHandler } from '../../cms/http/restHandler'

/** The API's route handlers exactly as cms/app/(payload)/api/[...slug]/route.ts exports them. */
const routes: Record<string, RestRouteHandler> = {
  GET: restHandler(config, REST_GET(config)),
  POST: restHandler(config, REST_POST(config)),
  DELETE: restHandler(config, REST_DELETE(config)),
  PATCH: restHandler(config, REST_PATCH(config)),
  PUT: restHandler(config, REST_PUT(config)),
  OPTIONS: restHandler(config, REST_OPTIONS(config)),
}

const decodedSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The path segments below /api that Next.js hands the catch-all route, decoded. */
const slugOf = (url: URL) =>
  url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .map(decodedSegment)

/** Answers a request as the server's API route does, without a network socket. */
export const handle = (request: Request) => {
  const handler = routes[request.method.toUpperCase()]
  if (!handler) throw new Error(`The API route has no ${request.method} handler`)
  return handler(request, { params: Promise.resolve({ slug: slugOf(new URL(request.url)) }) })
}

/**
 * Sends a request to the REST API. `body` is sent as it is when it is a string, bytes or a form,
 * and as JSON otherwise; `headers` are added to a JSON content type (forms set their own).
 */
export const send = ({
  method = 'GET',
  path,
  body,
  token,
  headers = {},
}: {
  method?: string
  path: string
  body?: unknown
  token?: string
  headers?: Record<string, string>
}) => {
  const isRaw = typeof body === 'string' || body instanceof Uint8Array || body instanceof FormData
  const allHeaders: Record<string, string> =
    body instanceof FormData ? { ...headers } : { 'content-type': 'application/json', ...headers }
  if (token) allHeaders.authorization = `JWT ${token}`
  const payloadBody = body === undefined ? undefined : isRaw ? (body as BodyInit) : JSON.stringify(body)
  return handle(new Request(`http://localhost:3000/api${path}`, { method, headers: allHeaders, body: payloadBody }))
}

/** The REST API exactly as the server answers it: status, JSON body (or `{ raw }`) and headers. */
export const rest = async (options: Parameters<typeof send>[0]) => {
  const response = await send(options)
  const text = await response.text()
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text)
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json, headers: response.headers }
}

/** Logs in through the REST API and returns the session token. */
export const logIn = async (email: string, password: string, headers: Record<string, string> = {}) => {
  const { status, json } = await rest({ method: 'POST', path: '/users/login', body: { email, password }, headers })
  if (status !== 200) throw new Error(`login failed (${status}): ${JSON.stringify(json)}`)
  return json.token as string
}

/** The human-readable messages of an error response. */
export const messagesOf = (json: Record<string, unknown>) =>
  ((json.errors ?? []) as { message: string; data?: { errors?: { message: string; path?: string }[] } }[])
    .flatMap((error) => [
      error.message,
      ...(error.data?.errors ?? []).map((detail) => `${detail.path}: ${detail.message}`),
    ])
    .join(' | ')
