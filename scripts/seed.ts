import { prepareRuntimeEnv } from '../cms/config/runtimeEnv'
import { printAccounts } from '../cms/seed/printAccounts'
import { settings } from '../cms/config/settings'

/** `npm run seed`: writes the demo content into the configured database (safe to run again). */
prepareRuntimeEnv({ production: settings().NODE_ENV === 'production' })
const { getPayload } = await import('payload')
const { default: config } = await import('../cms/payload.config')
const { seed } = await import('../cms/seed')

const payload = await getPayload({ config })
const started = Date.now()
const accounts = await seed(payload)
console.log(`Seeded the demo content in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
printAccounts(accounts)
await payload.destroy()
process.exit(0)
