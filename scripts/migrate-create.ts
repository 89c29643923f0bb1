import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm run migrate:create -- <name>`: after a schema change, writes the migration for each SQL
 * adapter (MongoDB needs none). The SQLite one needs nothing; the PostgreSQL one needs
 * MIGRATE_POSTGRES_URL, an empty database Payload can connect to while it diffs the schema.
 */
const name = process.argv[2] ?? 'change'
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-migrate-'))
const create = (databaseUrl: string) =>
  spawnSync('payload', ['migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'migrations' },
  }).status
try {
  if (create(`file:${path.join(scratch, 'migrate.db')}`) !== 0) process.exit(1)
  const postgres = process.env.MIGRATE_POSTGRES_URL
  if (!postgres) console.warn('MIGRATE_POSTGRES_URL is not set: the PostgreSQL migration was not written.')
  else if (create(postgres) !== 0) process.exit(1)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
