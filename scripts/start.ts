import { createServer } from 'node:http'
import path from 'node:path'

import { ensureCmsBuild, cmsDir } from './lib/cmsBuild'
import { placeholderHome } from './lib/placeholderHome'
import { printAccounts } from './lib/printAccounts'
import { prepareRuntimeEnv } from './lib/runtimeEnv'
import { serveStatic } from './lib/staticFiles'

/**
 * `npm start`: one port for everything. /admin, /api and /_next go to the Payload app (Next.js in
 * production mode); every other path is the static portal in dist/. On the first start the admin
 * is built, the database created and migrated, and the demo content seeded.
 */
const { port } = prepareRuntimeEnv({ production: true })
await ensureCmsBuild()

const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { seed, isEmptyDatabase } = await import('../cms/seed')

// Connecting runs any pending migrations (SQL adapters in production). A key of its own keeps this
// short-lived instance out of the cache the admin and API use once it is destroyed below.
const payload = await getPayload({ config, key: 'startup' })
if (process.env.SEED_ON_START !== 'false' && (await isEmptyDatabase(payload))) {
  console.log('Empty database: seeding the demo content…')
  printAccounts(await seed(payload))
}
await payload.destroy()

const { default: next } = await import('next')
const app = next({ dev: false, dir: cmsDir })
await app.prepare()
const handleWithNext = app.getRequestHandler()

const portalDir = path.resolve(process.cwd(), process.env.PORTAL_DIR ?? 'dist')
const cmsPrefixes = ['/admin', '/api', '/_next']
const goesToCms = (url: string) => cmsPrefixes.some((prefix) => url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?'))

const server = createServer((request, response) => {
  const url = request.url ?? '/'
  if (goesToCms(url)) return void handleWithNext(request, response)
  void serveStatic(portalDir, request, response, (res) => placeholderHome(res, url === '/' ? 200 : 404))
})
server.listen(port, () => {
  console.log(`Connect & Learn is running on ${process.env.SERVER_URL}  (portal /, admin /admin, API /api)`)
})
