import path from 'node:path'

import { prepareRuntimeEnv } from './lib/runtimeEnv'

/** `npm run snapshot`: exports what the public may read into .cache/snapshot for the portal build. */
prepareRuntimeEnv({ production: process.env.NODE_ENV === 'production' })
const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { exportPublicSnapshot } = await import('../cms/snapshot/exportPublicSnapshot')
const { snapshotDir } = await import('./lib/paths')

const payload = await getPayload({ config })
const started = Date.now()
const counts = await exportPublicSnapshot({ payload, outDir: snapshotDir(), mediaDir: path.resolve(process.env.MEDIA_DIR ?? '.data/media') })
console.log(`Snapshot written to ${snapshotDir()} in ${Date.now() - started} ms:`, counts)
await payload.destroy()
process.exit(0)
