import path from 'node:path'

/** The embedded default: one SQLite file, no server to install. */
export const defaultDatabaseUrl = `file:${path.resolve(process.cwd(), '.data/connect-learn.db')}`

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which database DATABASE_URL names (kept apart from the adapters, which are slow to load). */
export const databaseKind = (url: string): DatabaseKind => {
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URL must start with file:, postgres://, mongodb:// or mongodb+srv:// (got "${url.split(':')[0]}:")`,
  )
}
