import type { Endpoint, SanitizedConfig } from 'payload'

/** One REST route as the resolved config exposes it. */
export type Route = {
  /** `GET /courses/:id`: the method and the path under /api, with Payload's parameter names. */
  key: string
  method: string
  path: string
  owner: { kind: 'collection' | 'global' | 'root'; slug: string }
  /** The endpoint's path within its owner (`/:id`, `/count`, `/versions/:id`…). */
  local: string
}

const routeOf = (owner: Route['owner'], endpoint: Omit<Endpoint, 'root'>, prefix: string): Route => {
  const local = endpoint.path
  const path = `${prefix}${local === '/' ? '' : local}` || '/'
  const method = endpoint.method.toUpperCase()
  return { key: `${method} ${path}`, method, path, owner, local }
}

/**
 * Every REST route the platform answers, derived from the resolved config: each collection's and
 * global's endpoints (Payload's own and ours, in the order Payload matches them) and the root ones.
 * GraphQL is off, so this is the whole API surface.
 */
export const routesOf = (config: SanitizedConfig): Route[] => [
  ...config.collections.flatMap((collection) =>
    (collection.endpoints || []).map((endpoint) =>
      routeOf({ kind: 'collection', slug: collection.slug }, endpoint, `/${collection.slug}`),
    ),
  ),
  ...config.globals.flatMap((global) =>
    (global.endpoints || []).map((endpoint) =>
      routeOf({ kind: 'global', slug: global.slug }, endpoint, `/globals/${global.slug}`),
    ),
  ),
  ...(config.endpoints || []).map((endpoint) => routeOf({ kind: 'root', slug: '' }, endpoint, '')),
]
