import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Each run gets a database of its own: a fresh SQLite file by default, or the database named by
 * TEST_DATABASE_URL (a throw-away PostgreSQL or MongoDB database created by the caller).
 */
export const setup = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'connect-learn-test-'))
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  return () => rmSync(dir, { recursive: true, force: true })
}

export default setup
