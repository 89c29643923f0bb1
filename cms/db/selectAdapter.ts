import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { settings } from '../config/settings'
import { databaseKind, defaultDatabaseUrl } from './databaseKind'

export { databaseKind, defaultDatabaseUrl, type DatabaseKind } from './databaseKind'

/**
 * Picks the adapter from DATABASE_URL. SQL schemas are pushed in development and migrated in
 * production (the committed migrations run on start, so a fresh clone needs no manual step).
 * Only the chosen adapter and its migrations are loaded: each adapter is a large module graph
 * (the two SQL ones each carry their own drizzle-orm), and loading all three took seconds of
 * every start.
 */
export const selectAdapter = async (
  url = settings().DATABASE_URL || defaultDatabaseUrl,
): Promise<DatabaseAdapterObj> => {
  switch (databaseKind(url)) {
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url })
    }
    case 'postgres': {
      const [{ postgresAdapter }, { migrations }] = await Promise.all([
        import('@payloadcms/db-postgres'),
        import('../migrations/postgres'),
      ])
      return postgresAdapter({
        pool: { connectionString: url },
        migrationDir: path.resolve(process.cwd(), 'cms/migrations/postgres'),
        prodMigrations: migrations,
      })
    }
    case 'sqlite': {
      const [{ sqliteAdapter }, { migrations }] = await Promise.all([
        import('@payloadcms/db-sqlite'),
        import('../migrations/sqlite'),
      ])
      return sqliteAdapter({
        client: { url },
        // Write-ahead log: readers never wait for a writer, and a commit does not wait for the disk
        // (the SQLite driver runs on the server's only thread, so every wait stops all requests).
        // With synchronous NORMAL a power cut may lose the last commits, never the database's integrity.
        wal: { synchronous: 'NORMAL' },
        // A writer waits its turn (up to 5 s) instead of failing with "database is locked" (a backup's copy).
        busyTimeout: 5000,
        migrationDir: path.resolve(process.cwd(), 'cms/migrations/sqlite'),
        prodMigrations: migrations,
      })
    }
  }
}
