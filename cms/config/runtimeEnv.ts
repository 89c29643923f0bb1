import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dataDir = path.resolve(process.cwd(), '.data')

/**
 * A fresh clone runs with no configuration: a random PAYLOAD_SECRET is created once in
 * .data/payload-secret (mode 600) unless the environment provides one, as production should.
 */
const ensureSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/** The environment a child process of the platform starts with: this process's own, plus `extra`. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra })

/** Sends the CMS's e-mail to the local capture (read as SMTP_URL when the Payload config loads). */
export const sendMailTo = (smtpUrl: string) => {
  process.env.SMTP_URL = smtpUrl
}

/** Sets the defaults every command shares; call before importing the Payload config. */
export const prepareRuntimeEnv = ({ production }: { production: boolean }) => {
  const port = process.env.PORT ?? '3000'
  process.env.PORT = port
  process.env.SERVER_URL ??= `http://localhost:${port}`
  process.env.PAYLOAD_SECRET = ensureSecret()
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  if (production) (process.env as Record<string, string>).NODE_ENV = 'production'
  mkdirSync(dataDir, { recursive: true })
  return { port: Number(port) }
}
