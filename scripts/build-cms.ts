import { ensureCmsBuild } from '../cms/server/cmsBuild'
import { prepareRuntimeEnv } from '../cms/config/runtimeEnv'

/** `npm run build:cms`: the production build of the admin and API. */
prepareRuntimeEnv({ production: true })
const started = Date.now()
await ensureCmsBuild({ force: process.argv.includes('--force') })
console.log(`Admin and API build ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
