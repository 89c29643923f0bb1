import type { Payload } from 'payload'

/** What the SQL adapters hold open: PostgreSQL's connection pool (node-postgres), SQLite's client (libsql). */
export type SqlConnections = {
  pool?: { end: () => Promise<void>; on: (event: 'error', listener: (error: Error) => void) => unknown }
  client?: { close: () => void }
}

/** The adapter's connections (Payload types its adapter without them; MongoDB has neither). */
export const sqlConnectionsOf = (payload: Payload): SqlConnections => payload.db as Payload['db'] & SqlConnections
