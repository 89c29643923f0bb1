import type { Payload } from 'payload'

import {
  bodyEncodingOf,
  encodingRefusal,
  jsonBodyRefusal,
  jsonTextRefusal,
  multipartTextRefusal,
  type Refusal,
} from '../hooks/restInput/bodyErrors'
import { queryErrors } from '../hooks/restInput/queryErrors'
import { queryStringErrors } from '../hooks/restInput/queryStringErrors'
import { queryContextOf } from './queryContext'
import { restRouteOf, type RestRoute } from './restRoute'
import { routeRefusal } from './routeRefusal'

const methodOverrideHeaders = ['X-Payload-HTTP-Method-Override', 'X-HTTP-Method-Override']
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Payload's own create and update routes, which need the document in the body. */
const needsDocument = (request: Request, route: RestRoute) =>
  (route.pattern === '/' &&
    (request.method === 'POST' || (request.method === 'PATCH' && route.collection !== undefined))) ||
  (route.pattern === '/:id' && request.method === 'PATCH')
const documentMissing: Refusal = { status: 400, message: 'This request needs the document as a JSON object body.' }

type RequestOnRoute = { request: Request; route: RestRoute }

/** Checks a multipart body: its text fields are UTF-8, and its _payload is a JSON object that can be stored. */
const multipartRefusal = async ({
  bytes,
  contentType,
  request,
  route,
}: RequestOnRoute & { bytes: Uint8Array<ArrayBuffer>; contentType: string }) => {
  const textRefusal = multipartTextRefusal(bytes, contentType)
  if (textRefusal) return textRefusal
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData().catch(() => null)
  if (!form) return { status: 400, message: 'The multipart/form-data body is malformed.' } satisfies Refusal
  const document = form.get('_payload')
  // An upload collection takes a file without other data; everything else needs the document.
  const fileIsEnough = Boolean(route.collection?.upload) && form.has('file')
  if (document === null) return needsDocument(request, route) && !fileIsEnough ? documentMissing : null
  if (typeof document !== 'string')
    return { status: 400, message: 'The _payload field must be text (JSON), not a file.' } satisfies Refusal
  return jsonTextRefusal(document, '_payload')
}

/** Checks the body; a query sent as a form body (method override) comes back as `query`. */
const bodyRefusal = async ({
  request,
  route,
  queryInBody,
}: RequestOnRoute & { queryInBody: boolean }): Promise<Refusal | { query: string }> => {
  if (!['POST', 'PUT', 'PATCH'].includes(request.method)) return { query: '' }
  const contentType = request.headers.get('content-type')
  const encoding = bodyEncodingOf(contentType)
  const bytes = new Uint8Array(await request.clone().arrayBuffer())
  if (bytes.length === 0) return needsDocument(request, route) && !queryInBody ? documentMissing : { query: '' }
  const refusal = encodingRefusal({ encoding, contentType, queryInBody })
  if (refusal) return refusal
  if (encoding === 'multipart')
    return (await multipartRefusal({ bytes, contentType: contentType ?? '', request, route })) ?? { query: '' }
  if (encoding === 'json') return jsonBodyRefusal(bytes) ?? { query: '' }
  try {
    return { query: strictUtf8.decode(bytes) }
  } catch {
    return { status: 400, message: 'The form body is not valid UTF-8.' }
  }
}

/**
 * Why Payload should not run this REST request, or null: a route that names nothing, a body in an
 * encoding or shape the API does not take, a query string Payload would misread or a query it
 * cannot run. `segments` are the path below the API root, decoded, as the Next.js route receives them.
 */
export const requestRefusal = async ({
  payload,
  request,
  segments,
}: {
  payload: Payload
  request: Request
  segments: string[]
}): Promise<Refusal | null> => {
  // A CORS preflight carries no body and runs nothing; the request it announces is checked when it comes.
  if (request.method === 'OPTIONS') return null
  const queryInBody =
    request.method === 'POST' && methodOverrideHeaders.some((name) => request.headers.get(name) === 'GET')
  // Payload's Next.js route builds its path this way (see @payloadcms/next routes/rest).
  const method = queryInBody ? 'GET' : request.method
  const route = restRouteOf({ payload, method, apiPath: `/${segments.map(encodeURIComponent).join('/')}` })
  if ('status' in route) return route
  const routeProblem = routeRefusal(payload, route)
  if (routeProblem) return routeProblem
  const body = await bodyRefusal({ request, route, queryInBody })
  if ('status' in body) return body
  const url = new URL(request.url)
  if (queryInBody && url.search)
    return { status: 400, message: 'Send the query in the body or in the URL, not in both.' }
  const search = queryInBody ? body.query : url.search
  const syntaxErrors = queryStringErrors(search)
  if (syntaxErrors.length > 0) return { status: 400, message: syntaxErrors.join(' ') }
  const errors = queryErrors({ search, ...queryContextOf(payload, route) })
  return errors.length > 0 ? { status: 400, message: errors.join(' ') } : null
}
