import type { Access, Endpoint, Where } from 'payload'

import { usesAdminPanel } from '../userRoles'
import type { CollectionAccess } from '../accessDeclarations'
import { canUseAdminPanel } from '../canUseAdminPanel'
import { nobody } from '../nobody'

/**
 * The admin's per-person settings (columns, open groups, language): each staff member reaches her
 * own. Learners never use the admin, so they store nothing here.
 */
const ownPreferences: Access = ({ req }) => {
  if (!usesAdminPanel(req.user)) return false
  const own: Where = {
    and: [{ 'user.value': { equals: req.user!.id } }, { 'user.relationTo': { equals: req.user!.collection } }],
  }
  return own
}

export const preferencesAccess: CollectionAccess = {
  read: ownPreferences,
  create: canUseAdminPanel,
  update: ownPreferences,
  delete: ownPreferences,
  readVersions: nobody,
  unlock: nobody,
  admin: nobody,
}

/**
 * Payload's own routes for preferences by key (`/api/payload-preferences/:key`) check nothing but
 * a session; here they answer staff only, like the rest of the collection.
 */
export const onlyForAdminPanelUsers = <E extends Pick<Endpoint, 'path' | 'handler' | 'method'>>(
  endpoints: false | E[],
): false | E[] =>
  endpoints
    ? endpoints.map((endpoint) =>
        endpoint.path === '/:key' ? { ...endpoint, handler: staffOnly(endpoint) } : endpoint,
      )
    : endpoints

type Request = Parameters<Endpoint['handler']>[0]

const staffOnly = (endpoint: Pick<Endpoint, 'handler' | 'method'>) => async (req: Request) => {
  if (!usesAdminPanel(req.user))
    return Response.json({ errors: [{ message: 'Only staff keep admin settings.' }] }, { status: req.user ? 403 : 401 })
  // Payload's own delete fails with a server error when the setting does not exist.
  if (endpoint.method === 'delete' && !(await ownPreferenceExists(req)))
    return Response.json({ errors: [{ message: 'No such setting.' }] }, { status: 404 })
  return endpoint.handler(req)
}

const ownPreferenceExists = async (req: Request) => {
  const key = req.routeParams?.key
  const { totalDocs } = await req.payload.count({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: String(key) } },
        { 'user.value': { equals: req.user!.id } },
        { 'user.relationTo': { equals: req.user!.collection } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
