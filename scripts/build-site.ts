import { prepareRuntimeEnv } from '../cms/config/runtimeEnv'
import { settings } from '../cms/config/settings'

/**
 * `npm run build:site`: snapshot → astro build → Pagefind, swapped into dist/ when complete. A full
 * build unless `--incremental` (the rebuild worker's way: only changed resources and events rendered).
 */
prepareRuntimeEnv({ production: settings().NODE_ENV === 'production' })
const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { buildPortal } = await import('../cms/publishing/portalBuild')

const payload = await getPayload({ config, key: 'portal-build' })
const started = Date.now()
const result = await buildPortal({
  payload,
  mediaDir: settings().MEDIA_DIR,
  full: !process.argv.includes('--incremental'),
})
console.log(
  `Portal built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.pages} pages, ${result.indexed} indexed for search (${result.mode}).`,
  result.timings,
)
await payload.destroy()
process.exit(0)
