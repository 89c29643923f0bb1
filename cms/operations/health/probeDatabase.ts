import type { Payload } from 'payload'

import type { SiteStatus } from '../../payload-types'

/** How long a health check waits for the database before calling it unreachable. */
export const databaseProbeTimeoutMs = 2000

/** What the public may know of the rebuild queue: its state and times, never its error text. */
export type QueueState = Pick<SiteStatus, 'state' | 'requestedAt' | 'lastPublishedAt'>

export type DatabaseProbe =
  { reachable: true; latencyMs: number; queue: QueueState } | { reachable: false; latencyMs: number }

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())

/**
 * Reads the rebuild queue's state (one row) within a short time: the cheapest query every adapter
 * answers the same way, and the health report needs the row anyway. The server reads its own
 * status, so access control is skipped; only the fields above leave this function.
 */
export const probeDatabase = async (payload: Payload, timeoutMs = databaseProbeTimeoutMs): Promise<DatabaseProbe> => {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const read = payload.findGlobal({
    slug: 'site-status',
    depth: 0,
    overrideAccess: true,
    select: { state: true, requestedAt: true, lastPublishedAt: true },
  })
  try {
    const status = await Promise.race([read, timeout(timeoutMs)])
    const queue = { state: status.state, requestedAt: status.requestedAt, lastPublishedAt: status.lastPublishedAt }
    return { reachable: true, latencyMs: elapsed(), queue }
  } catch (error) {
    // A read still pending after the timeout settles later; its failure is already answered here.
    read.catch(() => undefined)
    payload.logger.warn(`health: the database did not answer: ${(error as Error).message}`)
    return { reachable: false, latencyMs: elapsed() }
  }
}
