import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { throwawayMongo, throwawayPostgres } from '../../scripts/lib/throwawayDatabases'

/**
 * Points one test file at a fresh, empty database of the pass's kind (SQLite, or a new database
 * on the pass's PostgreSQL or MongoDB server), for a test whose cost grows with what other files
 * left in the shared one. Call it from `vi.hoisted`, before the CMS config is imported.
 */
export const useOwnDatabase = async (label: string) => {
  const shared = process.env.DATABASE_URL ?? ''
  if (shared.startsWith('postgres')) {
    const postgres = throwawayPostgres(shared)
    process.env.DATABASE_URL = await postgres.create(label)
    return { drop: postgres.dropAll }
  }
  if (shared.startsWith('mongodb')) {
    process.env.DATABASE_URL = throwawayMongo(shared, label)
    return { drop: async () => undefined }
  }
  const dir = mkdtempSync(path.join(tmpdir(), `connect-learn-${label}-`))
  process.env.DATABASE_URL = `file:${path.join(dir, `${label}.db`)}`
  return { drop: async () => rmSync(dir, { recursive: true, force: true }) }
}
