import path from 'node:path'

import { settings } from '../../config/settings'
import { databaseKind, defaultDatabaseUrl } from '../../db/databaseKind'

/** The configured database, as backup and restore reach it. */
export type DatabaseLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

/** The file behind a `file:` address (`file:/abs/x.db`, `file:rel/x.db`, `file:///abs/x.db`). */
export const sqliteFileOf = (url: string) => {
  const rest = url.slice('file:'.length).split('?')[0] ?? ''
  return path.resolve(rest.startsWith('//') ? new URL(url).pathname : rest)
}

/**
 * Where DATABASE_URL points. MongoDB has its own tools (mongodump, mongorestore, or the cluster's
 * snapshots), which no machine here can run, so backup says so instead of guessing.
 */
export const configuredDatabase = (url = settings().DATABASE_URL || defaultDatabaseUrl): DatabaseLocation => {
  const kind = databaseKind(url)
  if (kind === 'sqlite') return { kind, file: sqliteFileOf(url) }
  if (kind === 'postgres') return { kind, url }
  throw new Error(
    'Backup and restore cover SQLite and PostgreSQL; back MongoDB up with mongodump or your cluster’s snapshots.',
  )
}
