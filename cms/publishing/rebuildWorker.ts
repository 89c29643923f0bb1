import type { Payload } from 'payload'

import type { SiteStatus } from '../payload-types'
import { shouldBuild } from './shouldBuild'
import { buildPortal } from './portalBuild'

type StatusUpdate = Partial<Omit<SiteStatus, 'id'>>

/**
 * Watches the persisted site status and rebuilds the portal when public content changed: one
 * build at a time, after a quiet moment, picking up requests left before a restart. A failed
 * build leaves the live site as it was and shows its error in the admin. Stopped (the server shuts
 * down), it starts nothing more and lets a build under way finish for up to `waitMs`; a build cut
 * short is asked for again, so the next start makes it.
 */
export const startRebuildWorker = ({
  payload,
  mediaDir,
  quietMs = 2000,
  pollMs = 1000,
}: {
  payload: Payload
  mediaDir: string
  quietMs?: number
  pollMs?: number
}) => {
  let stopped = false
  let running: Promise<void> = Promise.resolve()
  /** When the build under way started, and when the one before it did (restored if it is cut short). */
  let underWay: { startedAt: string; previousStartedAt: string | null } | null = null
  const read = () => payload.findGlobal({ slug: 'site-status', overrideAccess: true, depth: 0 })
  const write = (data: StatusUpdate) =>
    payload.updateGlobal({ slug: 'site-status', data, overrideAccess: true, context: { skipRebuild: true } })

  const tick = async () => {
    if (stopped) return
    const status = await read()
    if (
      !shouldBuild({ requestedAt: status.requestedAt, buildStartedAt: status.buildStartedAt, now: new Date(), quietMs })
    ) {
      const pending = status.requestedAt && (!status.buildStartedAt || status.requestedAt > status.buildStartedAt)
      if (pending && status.state !== 'queued' && status.state !== 'failed') await write({ state: 'queued' })
      return
    }
    const startedAt = new Date().toISOString()
    underWay = { startedAt, previousStartedAt: status.buildStartedAt ?? null }
    await write({ state: 'building', buildStartedAt: startedAt })
    try {
      const result = await buildPortal({ payload, mediaDir })
      const after = await read()
      await write({
        state: after.requestedAt && after.requestedAt > startedAt ? 'queued' : 'idle',
        lastPublishedAt: new Date().toISOString(),
        lastError: null,
        lastBuild: {
          pages: result.pages,
          seconds: Math.round((Date.now() - Date.parse(startedAt)) / 100) / 10,
          directory: result.buildDir,
        },
      })
      payload.logger.info(`portal rebuilt (${result.mode}): ${result.pages} pages in ${JSON.stringify(result.timings)}`)
    } catch (error) {
      await write({ state: 'failed', lastError: (error as Error).message.slice(0, 4000) })
      payload.logger.error({ err: error, msg: 'portal rebuild failed; the live site is unchanged' })
    } finally {
      underWay = null
    }
  }

  // One tick at a time, so that `running` is always the one a stop must wait for.
  let ticking = false
  const timer = setInterval(() => {
    if (ticking) return
    ticking = true
    running = tick()
      .catch((error) => payload.logger.error({ err: error, msg: 'rebuild worker' }))
      .finally(() => (ticking = false))
  }, pollMs)
  return {
    stop: async ({ waitMs }: { waitMs: number }) => {
      stopped = true
      clearInterval(timer)
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<false>((resolve) => setTimeout(resolve, waitMs, false).unref()),
      ])
      const cutShort = underWay
      if (finished || !cutShort) return
      payload.logger.warn('portal build cut short by the shutdown; the next start builds it again')
      await write({ state: 'queued', buildStartedAt: cutShort.previousStartedAt })
    },
  }
}
