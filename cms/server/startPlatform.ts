import type { Payload } from 'payload'

import { prepareRuntimeEnv } from '../config/runtimeEnv'
import { settings } from '../config/settings'
import { startMailCapture } from '../email/mailCapture'
import { closeDatabase } from '../operations/database/closeDatabase'
import { payloadInstances } from '../operations/shutdown/payloadInstances'
import { shutDownGracefully } from '../operations/shutdown/shutDownGracefully'
import { startupPhases } from '../operations/startupPhases'
import { portalDirs } from '../publishing/portalBuild'
import { startRebuildWorker } from '../publishing/rebuildWorker'
import { cmsDir, ensureCmsBuild } from './cmsBuild'
import { openContentInstance, portalIsLive } from './contentInstance'
import { createPlatformServer } from './platformServer'

/** How long a failed background connection waits before it tries again. */
const reconnectMs = 30_000

/**
 * `npm start`: one port for everything. /admin, /api and /_next go to the Payload app (Next.js in
 * production mode); every other path is the static portal. On the first start the admin is built,
 * the database created and migrated, the demo content seeded and the portal built, all before the
 * server says it is running; from then on, publishing in the admin rebuilds the portal by itself
 * (see the rebuild worker). When the portal is already built, the server answers as soon as the
 * admin and API are up (their first request runs any pending migrations), and the instance that
 * seeds and runs the rebuild worker and scheduled jobs connects right after, in the background.
 * SIGTERM or SIGINT stops it gracefully (see cms/operations/shutdown).
 */
export const startPlatform = async () => {
  const { port } = prepareRuntimeEnv({ production: true })
  const { phase, summary } = startupPhases()
  await phase('admin build check', () => ensureCmsBuild())

  // Without an SMTP server to deliver through, e-mail (password resets…) is kept as files to read.
  const capture = settings().SMTP_URL ? null : await startMailCapture({ dir: settings().MAIL_CAPTURE_DIR })
  if (capture) {
    process.env.SMTP_URL = capture.url
    console.log(`E-mail is not delivered but kept in ${capture.dir} (set SMTP_URL to deliver it).`)
  }

  const liveDir = portalDirs().live
  const warm = portalIsLive(liveDir)
  // A first start prepares everything before it serves; a restart serves first.
  const builtFirst = warm ? null : await openContentInstance({ phase, liveDir })

  const app = await phase('admin and API', async () => {
    const { default: next } = await import('next')
    const nextApp = next({ dev: false, dir: cmsDir })
    await nextApp.prepare()
    return nextApp
  })
  const server = createPlatformServer({ liveDir, handleWithCms: app.getRequestHandler() })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  // The API's first request starts its own Payload instance; made here, it is not a visitor's wait.
  await phase('API', () => fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.body?.cancel()))

  let worker: ReturnType<typeof startRebuildWorker> | null = null
  const startBackgroundWork = (payload: Payload) => {
    // One server runs the rebuild worker; set REBUILD_WORKER=false on further instances.
    if (settings().REBUILD_WORKER) worker = startRebuildWorker({ payload, mediaDir: settings().MEDIA_DIR, quietMs: settings().REBUILD_QUIET_MS })
  }
  const deadlineMs = settings().SHUTDOWN_TIMEOUT_MS
  shutDownGracefully({
    server,
    deadlineMs,
    steps: () => [
      // Half the deadline for a build under way, so that what follows still has its time.
      { name: 'the rebuild worker', run: () => worker?.stop({ waitMs: deadlineMs / 2 }) },
      { name: 'the admin and API', run: () => app.close() },
      ...payloadInstances().map((instance) => ({ name: 'the database', run: () => closeDatabase(instance) })),
      { name: 'the e-mail capture', run: () => capture?.close() },
    ],
  })
  console.log(`Connect & Learn is running on ${settings().SERVER_URL}  (portal /, admin /admin, API /api), ready in ${summary()}`)

  if (builtFirst) startBackgroundWork(builtFirst)
  else void connectInBackground(liveDir).then(startBackgroundWork)
  return server
}

/** The content instance of a restart: connects after the server is up, and retries while the database is away. */
const connectInBackground = async (liveDir: string): Promise<Payload> => {
  const { phase, summary } = startupPhases()
  for (;;) {
    try {
      const payload = await openContentInstance({ phase, liveDir })
      console.log(`Rebuild worker and scheduled jobs connected in ${summary()}`)
      return payload
    } catch (error) {
      console.error(`Rebuild worker and scheduled jobs could not connect (${(error as Error).message}); trying again in ${reconnectMs / 1000} s.`)
      await new Promise((resolve) => setTimeout(resolve, reconnectMs))
    }
  }
}
