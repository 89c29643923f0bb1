import { match } from 'path-to-regexp'
import type { Endpoint, Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import type { Refusal } from '../hooks/restInput/bodyErrors'
import { isCollectionSlug } from '../hooks/restInput/queryableFields'

/** The route Payload's router will run for a request, with the path parameters it will see. */
export type RestRoute = {
  collection?: SanitizedCollectionConfig
  global?: SanitizedGlobalConfig
  /** The matched endpoint's path pattern (`/:id`, `/versions/:id`, `/course/:course`…), if one matches. */
  pattern?: string
  params: Record<string, string>
  /** The path below the collection or global (`/versions/3`), matched or not. */
  path: string
}

const malformed: Refusal = { status: 400, message: 'The path is not valid percent-encoded UTF-8.' }

const matched = (endpoint: Pick<Endpoint, 'path'>, path: string): Record<string, string> | false | 'malformed' => {
  try {
    const result = match<Record<string, string>>(endpoint.path, { decode: decodeURIComponent })(path)
    return result ? result.params : false
  } catch {
    return 'malformed'
  }
}

/**
 * Finds the route the way Payload's `handleEndpoints` does (same slugs, same endpoint order, same
 * path-to-regexp matching), so the checks before it judge the request Payload is about to run.
 * `apiPath` is the path below the API root (`/courses/12`). A path Payload's router would trip over
 * is refused instead.
 */
export const restRouteOf = ({
  payload,
  method,
  apiPath,
}: {
  payload: Payload
  method: string
  apiPath: string
}): RestRoute | Refusal => {
  const isGlobal = apiPath.startsWith('/globals')
  let path = isGlobal ? apiPath.replace('/globals', '') : apiPath
  const slug = path.split('/')[1] ?? ''
  // Own properties only: a slug such as "constructor" must not find Object's prototype.
  const global = isGlobal ? payload.globals.config.find((candidate) => candidate.slug === slug) : undefined
  if (!isGlobal && slug in payload.collections && !isCollectionSlug(payload, slug)) {
    return { status: 404, message: `There is no collection ${JSON.stringify(slug)}.` }
  }
  const collection = !isGlobal && isCollectionSlug(payload, slug) ? payload.collections[slug].config : undefined
  const entity = collection ?? global
  if (entity) path = path.replace(`/${entity.slug}`, '') || '/'
  const endpoints = entity ? entity.endpoints : payload.config.endpoints
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = matched(endpoint, path)
    if (params === 'malformed') return malformed
    if (params) return { collection, global, pattern: endpoint.path, params, path }
  }
  return { collection, global, params: {}, path }
}
