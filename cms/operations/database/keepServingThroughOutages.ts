import type { Config } from 'payload'

import { sqlConnectionsOf } from './sqlConnections'

/**
 * Payload's `onInit`: a PostgreSQL connection that breaks while idle in the pool (the server
 * restarted, the network dropped) is reported on the pool, and a pool nobody listens to throws
 * it — which would end the whole process. Logged instead: the pool drops the broken connection,
 * requests meanwhile are answered 503 (cms/http/restHandler.ts), and new connections are made as
 * soon as the database answers again.
 */
export const keepServingThroughOutages: NonNullable<Config['onInit']> = (payload) => {
  sqlConnectionsOf(payload).pool?.on('error', (error) => {
    payload.logger.warn(`database connection lost: ${error.message}`)
  })
}
