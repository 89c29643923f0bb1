import { prepareRuntimeEnv } from './lib/runtimeEnv'
import { printAccounts } from './lib/printAccounts'

/** `npm run seed`: writes the demo content into the configured database (safe to run again). */
prepareRuntimeEnv({ production: process.env.NODE_ENV === 'production' })
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
