import { existsSync } from 'node:fs'
import path from 'node:path'

import { prepareRuntimeEnv, sendMailTo } from '../config/runtimeEnv'
import { settings } from '../config/settings'
import { startMailCapture } from '../email/mailCapture'
import { closeDatabase } from '../operations/database/closeDatabase'
import { payloadInstances } from '../operations/shutdown/payloadInstances'
import { shutDownGracefully } from '../operations/shutdown/shutDownGracefully'
import { buildPortal, portalDirs } from '../publishing/portalBuild'
import { startRebuildWorker } from '../publishing/rebuildWorker'
import { printAccounts } from '../seed/printAccounts'
import { cmsDir, ensureCmsBuild } from './cmsBuild'
import { createPlatformServer } from './platformServer'

/**
 * `npm start`: one port for everything. /admin, /api and /_next go to the Payload app (Next.js in
 * production mode); every other path is the static portal. On the first start the admin is built,
 * the database created and migrated, the demo content seeded and the portal built; from then on,
 * publishing in the admin rebuilds the portal by itself (see the rebuild worker).
 */
export const startPlatform = async () => {
  const { port } = prepareRuntimeEnv({ production: true })
  await ensureCmsBuild()

  // Without an SMTP server to deliver through, e-mail (password resets…) is kept as files to read.
  if (!settings().SMTP_URL) {
    const capture = await startMailCapture({ dir: settings().MAIL_CAPTURE_DIR })
    sendMailTo(capture.url)
    console.log(`E-mail is not delivered but kept in ${capture.dir} (set SMTP_URL to deliver it).`)
  }

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seed, isEmptyDatabase } = await import('../seed')

  // Connecting runs any pending migrations (SQL adapters in production). A key of its own keeps this
  // instance, which seeds, rebuilds the portal and runs scheduled publishing, apart from the one
  // serving the admin and API.
  const payload = await getPayload({ config, key: 'portal-builder', cron: true })
  if (settings().SEED_ON_START && (await isEmptyDatabase(payload))) {
    console.log('Empty database: seeding the demo content…')
    printAccounts(await seed(payload))
  }
  const liveDir = portalDirs().live
  const mediaDir = settings().MEDIA_DIR
  if (!existsSync(path.join(liveDir, 'index.html'))) {
    console.log('No portal build yet: building the public portal…')
    const built = await buildPortal({ payload, mediaDir })
    console.log(`Portal built: ${built.pages} pages, ${built.indexed} indexed for search.`, built.timings)
  }
  // One server runs the rebuild worker; set REBUILD_WORKER=false on further instances.
  const worker = settings().REBUILD_WORKER
    ? startRebuildWorker({ payload, mediaDir, quietMs: settings().REBUILD_QUIET_MS })
    : null

  const { default: next } = await import('next')
  const app = next({ dev: false, dir: cmsDir })
  await app.prepare()
  const server = createPlatformServer({ liveDir, handleWithCms: app.getRequestHandler() })
  const deadlineMs = settings().SHUTDOWN_TIMEOUT_MS
  shutDownGracefully({
    server,
    deadlineMs,
    steps: () => [
      // A portal build under way may finish within half the time; one cut short is asked for again.
      { name: 'the rebuild worker', run: () => worker?.stop({ waitMs: deadlineMs / 2 }) },
      { name: 'the admin app', run: () => app.close() },
      // The start's own instance and the one the admin and API made on first use.
      ...payloadInstances().map((instance) => ({ name: 'a database connection', run: () => closeDatabase(instance) })),
    ],
  })
  server.listen(port, () => {
    console.log(`Connect & Learn is running on ${settings().SERVER_URL}  (portal /, admin /admin, API /api)`)
  })
  return server
}
