import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { ensureCmsBuild, cmsDir } from './lib/cmsBuild'
import { createRequestGuards } from './lib/hardening/requestGuards'
import { setSecurityHeaders } from './lib/hardening/securityHeaders'
import { startMailCapture } from './lib/mailCapture'
import { notFoundPage } from './lib/notFoundPage'
import { buildPortal, portalDirs } from './lib/portalBuild'
import { startRebuildWorker } from './lib/rebuildWorker'
import { printAccounts } from './lib/printAccounts'
import { prepareRuntimeEnv } from './lib/runtimeEnv'
import { serveStatic } from './lib/staticFiles'

/**
 * `npm start`: one port for everything. /admin, /api and /_next go to the Payload app (Next.js in
 * production mode); every other path is the static portal in dist/. On the first start the admin
 * is built, the database created and migrated, the demo content seeded and the portal built; from
 * then on, publishing in the admin rebuilds the portal by itself (see rebuildWorker).
 */
const { port } = prepareRuntimeEnv({ production: true })
await ensureCmsBuild()

// Without an SMTP server to deliver through, e-mail (password resets…) is kept as files to read.
if (!process.env.SMTP_URL) {
  const capture = await startMailCapture({ dir: path.resolve(process.env.MAIL_CAPTURE_DIR ?? '.data/mail') })
  process.env.SMTP_URL = capture.url
  console.log(`E-mail is not delivered but kept in ${capture.dir} (set SMTP_URL to deliver it).`)
}

const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { seed, isEmptyDatabase } = await import('../cms/seed')

// Connecting runs any pending migrations (SQL adapters in production). A key of its own keeps this
// instance, which seeds, rebuilds the portal and runs scheduled publishing, apart from the one
// serving the admin and API.
const payload = await getPayload({ config, key: 'portal-builder', cron: true })
if (process.env.SEED_ON_START !== 'false' && (await isEmptyDatabase(payload))) {
  console.log('Empty database: seeding the demo content…')
  printAccounts(await seed(payload))
}
const liveDir = portalDirs().live
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? '.data/media')
if (!existsSync(path.join(liveDir, 'index.html'))) {
  console.log('No portal build yet: building the public portal…')
  const built = await buildPortal({ payload, mediaDir })
  console.log(`Portal built: ${built.pages} pages, ${built.indexed} indexed for search.`, built.timings)
}
// One server runs the rebuild worker; set REBUILD_WORKER=false on further instances.
if (process.env.REBUILD_WORKER !== 'false') startRebuildWorker({ payload, mediaDir, quietMs: Number(process.env.REBUILD_QUIET_MS ?? 2000) })

const { default: next } = await import('next')
const app = next({ dev: false, dir: cmsDir })
await app.prepare()
const handleWithNext = app.getRequestHandler()

const cmsPrefixes = ['/admin', '/api', '/_next']
const goesToCms = (url: string) => cmsPrefixes.some((prefix) => url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?'))

const notFound = notFoundPage(liveDir)

const guard = createRequestGuards()

const server = createServer((request, response) => {
  const url = request.url ?? '/'
  setSecurityHeaders(response, { admin: url.startsWith('/admin') })
  if (goesToCms(url)) {
    if (!guard(request, response)) return
    return void handleWithNext(request, response)
  }
  void serveStatic(liveDir, request, response, (res) => notFound(url, res))
})
server.listen(port, () => {
  console.log(`Connect & Learn is running on ${process.env.SERVER_URL}  (portal /, admin /admin, API /api)`)
})
