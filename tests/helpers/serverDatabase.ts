import path from 'node:path'

import { throwawayMongo, throwawayPostgres } from '../../scripts/lib/throwawayDatabases'

/**
 * A database of one server test file's own, of the kind the test pass runs on
 * (SERVER_TEST_DATABASE_URL names the pass's PostgreSQL or MongoDB server; SQLite otherwise),
 * so that every started server seeds an empty database whatever ran before it.
 */
export const ownServerDatabase = async (scratch: string, label: string) => {
  const passUrl = process.env.SERVER_TEST_DATABASE_URL ?? ''
  if (passUrl.startsWith('postgres')) {
    const postgres = throwawayPostgres(passUrl)
    return { url: await postgres.create(label), drop: postgres.dropAll }
  }
  if (passUrl.startsWith('mongodb')) return { url: throwawayMongo(passUrl, label), drop: async () => undefined }
  return { url: `file:${path.join(scratch, `${label}.db`)}`, drop: async () => undefined }
}
