import type { Endpoint, SanitizedConfig } from 'payload'

import { internalCollectionAccess } from '.'

const versionRoutes = ['/versions', '/versions/:id']

/** Whether `earlier`, matched first, takes every request meant for `later` (`/:key` takes `/count`). */
const shadows = (earlier: Pick<Endpoint, 'path' | 'method'>, later: Pick<Endpoint, 'path' | 'method'>) => {
  if (earlier.method !== later.method || earlier.path.includes('?')) return false
  const [first, second] = [earlier.path.split('/'), later.path.split('/')]
  return (
    first.length === second.length &&
    first.every((segment, index) => segment.startsWith(':') || segment === second[index])
  )
}

const without = <E extends Pick<Endpoint, 'path'>>(
  endpoints: false | E[],
  unused: (endpoint: E) => boolean,
): false | E[] => (endpoints ? endpoints.filter((endpoint) => !unused(endpoint)) : endpoints)

/**
 * Payload registers every standard route on every collection, used or not: version routes on
 * collections without versions (restoring a version of one fails with a server error), the
 * e-mail verification route with verification off, scheduling jobs when no job has a schedule,
 * duplication of its own bookkeeping, and routes another one always answers first
 * (`/api/payload-preferences/:key` takes `/count` and `/:id`). A route
 * that means nothing here is not there: it answers 404 like any unknown path.
 */
export const removeUnusedRoutes = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const internal = collection.slug in internalCollectionAccess
    collection.endpoints = without(
      collection.endpoints,
      (endpoint) =>
        (!collection.versions && versionRoutes.includes(endpoint.path)) ||
        (internal && endpoint.path === '/:id/duplicate') ||
        (!config.jobs.scheduling && endpoint.path === '/handle-schedules') ||
        (Boolean(collection.auth) && !collection.auth.verify && endpoint.path === '/verify/:id'),
    )
    const reachable = collection.endpoints || []
    collection.endpoints = without(collection.endpoints, (endpoint) =>
      reachable.slice(0, reachable.indexOf(endpoint)).some((earlier) => shadows(earlier, endpoint)),
    )
  }
  for (const global of config.globals) {
    global.endpoints = without(
      global.endpoints,
      (endpoint) => !global.versions && versionRoutes.includes(endpoint.path),
    )
  }
  return config
}
