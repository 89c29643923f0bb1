import type { Payload } from 'payload'

import { settings } from '../../config/settings'
import { platformVersion } from '../platformVersion'
import { liveBuild, type LiveBuild } from './liveBuild'
import { probeDatabase, type QueueState } from './probeDatabase'

/** What `GET /api/health` answers: nothing personal, nothing secret. */
export type HealthReport = {
  status: 'ok' | 'unavailable'
  version: string
  database: { reachable: boolean; latencyMs: number }
  portal: LiveBuild
  /** The rebuild queue (the site-status global); null while the database does not answer. */
  rebuild: QueueState | null
}

/** The platform's health: the database first (it decides the status), then the live portal build. */
export const healthReport = async (payload: Payload): Promise<HealthReport> => {
  const [probe, portal] = await Promise.all([
    probeDatabase(payload),
    liveBuild({ liveDir: settings().PORTAL_DIR, buildsDir: settings().PORTAL_BUILDS_DIR }),
  ])
  return {
    status: probe.reachable ? 'ok' : 'unavailable',
    version: platformVersion(),
    database: { reachable: probe.reachable, latencyMs: probe.latencyMs },
    portal,
    rebuild: probe.reachable ? probe.queue : null,
  }
}
