import { prepareRuntimeEnv } from '../cms/config/runtimeEnv'
import { settings } from '../cms/config/settings'

/** `npm run snapshot`: exports what the public may read into .cache/snapshot for the portal build. */
prepareRuntimeEnv({ production: settings().NODE_ENV === 'production' })
const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { exportPublicSnapshot } = await import('../cms/snapshot/exportPublicSnapshot')
const { snapshotDir } = await import('../cms/publishing/snapshotDir')

const payload = await getPayload({ config })
const started = Date.now()
const counts = await exportPublicSnapshot({ payload, outDir: snapshotDir(), mediaDir: settings().MEDIA_DIR })
console.log(`Snapshot written to ${snapshotDir()} in ${Date.now() - started} ms:`, counts)
await payload.destroy()
process.exit(0)
