import type { Payload } from 'payload'

import { sqlConnectionsOf } from './sqlConnections'

/** How long closing may wait for connections still handed out. */
const closeTimeoutMs = 2000

/**
 * Stops a Payload instance's scheduled jobs and closes its database connections. Payload's own
 * `destroy` stops the jobs but leaves the SQL adapters' pool and client open; and the PostgreSQL
 * adapter keeps one connection checked out for good, which the pool waits for when it ends, so
 * the wait is bounded (the process exit closes that one).
 */
export const closeDatabase = async (payload: Payload) => {
  await payload.destroy()
  const { pool, client } = sqlConnectionsOf(payload)
  if (pool) await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, closeTimeoutMs).unref())])
  client?.close()
}
