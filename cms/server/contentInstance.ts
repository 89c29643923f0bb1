import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { settings } from '../config/settings'
import type { startupPhases } from '../operations/startupPhases'
import { buildPortal } from '../publishing/portalBuild'
import { printAccounts } from '../seed/printAccounts'

type Phase = ReturnType<typeof startupPhases>['phase']

/** Whether the live portal has been built (its home page is there). */
export const portalIsLive = (liveDir: string) => existsSync(path.join(liveDir, 'index.html'))

/**
 * The start script's own Payload instance, which seeds, builds the portal, runs the rebuild
 * worker and the scheduled jobs (a key of its own keeps it apart from the instance serving the
 * admin and API). Connecting runs any pending migrations (SQL adapters in production); an empty
 * database is seeded with the demo content (unless SEED_ON_START=false) and a missing portal built.
 */
export const openContentInstance = async ({ phase, liveDir }: { phase: Phase; liveDir: string }): Promise<Payload> => {
  const payload = await phase('database', async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    return getPayload({ config, key: 'portal-builder', cron: true })
  })
  await phase('seed check', async () => {
    const { seed, isEmptyDatabase } = await import('../seed')
    if (!settings().SEED_ON_START || !(await isEmptyDatabase(payload))) return
    console.log('Empty database: seeding the demo content…')
    printAccounts(await seed(payload))
  })
  await phase('portal check', async () => {
    if (portalIsLive(liveDir)) return
    console.log('No portal build yet: building the public portal…')
    const built = await buildPortal({ payload, mediaDir: settings().MEDIA_DIR })
    console.log(`Portal built: ${built.pages} pages, ${built.indexed} indexed for search.`, built.timings)
  })
  return payload
}
