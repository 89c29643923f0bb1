import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { postgresMigrations, sqliteMigrations } from '../migrations'
import { settings } from '../config/settings'
import { databaseKind, defaultDatabaseUrl } from './databaseKind'

export { databaseKind, defaultDatabaseUrl, type DatabaseKind } from './databaseKind'

/**
 * Picks the adapter from DATABASE_URL. SQL schemas are pushed in development and migrated in
 * production (the committed migrations run on start, so a fresh clone needs no manual step).
 */
export const selectAdapter = (url = settings().DATABASE_URL || defaultDatabaseUrl): DatabaseAdapterObj => {
  switch (databaseKind(url)) {
    case 'mongodb':
      return mongooseAdapter({ url })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        migrationDir: path.resolve(process.cwd(), 'cms/migrations/postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'sqlite':
      return sqliteAdapter({
        client: { url },
        // Write-ahead logging: readers (the API, a backup taking its copy) never block the writer,
        // and a writer waits its turn (up to 5 s) instead of failing with "database is locked".
        wal: true,
        busyTimeout: 5000,
        migrationDir: path.resolve(process.cwd(), 'cms/migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
  }
}
