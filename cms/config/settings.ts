import path from 'node:path'

import { z } from 'zod'

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true')

const positive = (fallback: number, what = 'a positive number') =>
  z.coerce
    .number({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` })
    .default(fallback)

const url = (what: string) => z.url({ error: `must be ${what}` })

const folder = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .transform((value) => path.resolve(value))

/**
 * Every environment variable the platform reads, with its default, in one place (README,
 * "Configuration"). Read through `settings()`; nothing else reads process.env.
 */
export const settingsSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/, {
      error: 'must start with file:, postgres://, mongodb:// or mongodb+srv://',
    })
    .optional(),
  PAYLOAD_SECRET: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
  SERVER_URL: url('an absolute http(s) address, e.g. https://learn.example.org').optional(),
  TRUSTED_ORIGINS: z.string().default(''),
  MEDIA_DIR: folder('.data/media'),
  PORTAL_DIR: folder('dist'),
  PORTAL_BUILDS_DIR: folder('.cache/builds'),
  SNAPSHOT_DIR: folder('.cache/snapshot'),
  MAIL_CAPTURE_DIR: folder('.data/mail'),
  SEED_ON_START: flag(true),
  SEED_DEMO_PASSWORD: z.string().optional(),
  SMTP_URL: url('an smtp:// or smtps:// address').optional(),
  EMAIL_FROM: z.string().min(3).default('Connect & Learn <no-reply@localhost>'),
  TRUST_PROXY: flag(false),
  RATE_LIMIT_MULTIPLIER: positive(1),
  UPLOAD_QUOTA_MB: positive(200, 'a number of megabytes'),
  INSECURE_COOKIES: flag(false),
  REBUILD_WORKER: flag(true),
  REBUILD_QUIET_MS: positive(2000, 'a number of milliseconds'),
  PORTAL_BUILD_COMMAND: z.string().min(1).default('astro build --silent'),
  BACKUP_DIR: folder('.data/backups'),
  SHUTDOWN_TIMEOUT_MS: positive(10000, 'a number of milliseconds'),
})

export type Settings = z.output<typeof settingsSchema>

const keys = Object.keys(settingsSchema.shape) as (keyof Settings)[]

/** What is wrong with the environment, one line per variable, naming it and what it accepts. */
export const settingsErrors = (env: Record<string, string | undefined>): string[] => {
  const result = settingsSchema.safeParse(pickSet(env))
  return result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0])
        return `${name} ${issue.message} (got "${env[name]}")`
      })
}

/** Empty variables count as unset, as a shell's `VAR=` means. */
const pickSet = (env: Record<string, string | undefined>) =>
  Object.fromEntries(keys.flatMap((key) => (env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]])))

let cache: { fingerprint: string; settings: Settings } | undefined

/**
 * The validated settings. Parsed again only when a variable changed (the start script fills in
 * defaults such as SERVER_URL before the CMS loads; tests set their own).
 */
export const settings = (): Settings => {
  const fingerprint = keys.map((key) => process.env[key] ?? '').join('\u0000')
  if (cache?.fingerprint === fingerprint) return cache.settings
  const result = settingsSchema.safeParse(pickSet(process.env))
  if (!result.success)
    throw new Error(
      `Invalid configuration:\n- ${settingsErrors(process.env).join('\n- ')}\nSee the README, "Configuration".`,
    )
  cache = { fingerprint, settings: result.data }
  return result.data
}
