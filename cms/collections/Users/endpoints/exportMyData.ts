import type { Endpoint } from 'payload'

import { personalRecords } from '../personalRecords'

const withoutFields = (doc: object, fields: string[]) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !fields.includes(key)))

/**
 * GET /api/users/export-my-data — a signed-in person downloads everything the platform holds
 * about them, as JSON: their account read with their own rights, and every record whose owner
 * field is them (read past the collections' rules, which may hide e.g. their posts in a community
 * they have left — the records are still theirs).
 */
export const exportMyData: Endpoint = {
  path: '/export-my-data',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to download your data.' }] }, { status: 401 })
    const asThem = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false } as const
    const account = await req.payload.findByID({ collection: 'users', id: req.user.id, ...asThem })
    const records = Object.fromEntries(
      await Promise.all(
        personalRecords.map(async ({ collection, field, notHers = [] }) => {
          const theirs = await req.payload.find({
            collection,
            where: { [field]: { equals: req.user!.id } },
            req,
            overrideAccess: true,
            depth: 0,
            pagination: false,
          })
          return [collection, theirs.docs.map((doc) => withoutFields(doc, notHers))]
        }),
      ),
    )
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), account, ...records }, null, 2)
    return new Response(body, {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': 'attachment; filename="connect-learn-my-data.json"',
        'cache-control': 'no-store',
      },
    })
  },
}
