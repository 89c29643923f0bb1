import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

/** What the SQL adapters (SQLite, PostgreSQL) expose: their Drizzle client and every table they made. */
type DrizzleAdapter = {
  drizzle: { select: () => { from: (table: unknown) => PromiseLike<unknown[]> } }
  tables: Record<string, unknown>
}

const isDrizzleAdapter = (db: object): db is DrizzleAdapter => 'drizzle' in db && 'tables' in db

/** Row count and a hash of the rows, in an order that does not depend on how the database returns them. */
const summary = (rows: unknown[]) => {
  const hash = createHash('sha256')
  for (const row of rows.map((item) => JSON.stringify(item)).sort()) hash.update(row).update('\n')
  return `${rows.length} rows, ${hash.digest('hex').slice(0, 16)}`
}

/**
 * Every table's row count and content hash: on the SQL adapters every table the adapter made
 * (documents, localized values, relationships, versions, sessions), on MongoDB every collection's
 * documents and versions and every global, read through the Local API.
 */
export const databaseFingerprint = async (payload: Payload): Promise<Record<string, string>> => {
  const fingerprint: Record<string, string> = {}
  const { db } = payload
  if (isDrizzleAdapter(db)) {
    const tables = Object.entries(db.tables)
    const rows = await Promise.all(tables.map(([, table]) => db.drizzle.select().from(table)))
    return Object.fromEntries(tables.map(([name], index) => [name, summary(rows[index]!)]))
  }
  for (const slug of Object.keys(payload.collections) as CollectionSlug[]) {
    const all = {
      collection: slug,
      limit: 0,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      locale: 'all',
      trash: true,
    } as const
    fingerprint[slug] = summary((await payload.find(all)).docs)
    if (payload.collections[slug].config.versions) {
      fingerprint[`${slug} versions`] = summary((await payload.findVersions({ ...all, limit: 0 })).docs)
    }
  }
  for (const { slug } of payload.config.globals) {
    fingerprint[`global ${slug}`] = summary([
      await payload.findGlobal({ slug, depth: 0, overrideAccess: true, locale: 'all' }),
    ])
  }
  return fingerprint
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name])
