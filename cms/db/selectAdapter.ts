import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { postgresMigrations, sqliteMigrations } from '../migrations'
import { settings } from '../config/settings'

/** The embedded default: one SQLite file, no server to install. */
export const defaultDatabaseUrl = `file:${path.resolve(process.cwd(), '.data/connect-learn.db')}`

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const databaseKind = (url: string): DatabaseKind => {
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(`DATABASE_URL must start with file:, postgres://, mongodb:// or mongodb+srv:// (got "${url.split(':')[0]}:")`)
}

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
        // Write-ahead log: readers never wait for a writer, and a commit does not wait for the disk
        // (the SQLite driver runs on the server's only thread, so every wait stops all requests).
        // With synchronous NORMAL a power cut may lose the last commits, never the database's integrity.
        wal: { synchronous: 'NORMAL' },
        migrationDir: path.resolve(process.cwd(), 'cms/migrations/sqlite'),
        prodMigrations: sqliteMigrations,
      })
  }
}
