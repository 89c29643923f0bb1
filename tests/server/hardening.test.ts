import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll } from 'vitest'

import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'
import { describeBodyLimits } from './hardening/bodyLimits'
import type { HardeningContext, Session } from './hardening/context'
import { describeErrorBodies } from './hardening/errorBodies'
import { describeLimitsByPath } from './hardening/limitsByPath'
import { describeSecurityHeaders } from './hardening/securityHeaders'
import { describeTrustedOrigins } from './hardening/trustedOrigins'

/**
 * What the README promises of `npm start` in production — security headers, credentialed requests
 * only from trusted origins, body size limits, errors without stack traces, rate limits that no
 * spelling of a path escapes — on one started server.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-hardening-'))
const demoPassword = 'demo-password-for-hardening'
const noSession: Session = { token: '', cookie: '', id: 0 }
const context: HardeningContext = {
  base: '',
  mediaDir: path.join(scratch, 'media'),
  trusted: 'https://partner.example.org',
  secondTrusted: 'https://second-partner.example.org',
  sessions: { editor: noSession, learner: noSession },
}
let server: Awaited<ReturnType<typeof startServer>> | undefined
let database: Awaited<ReturnType<typeof ownServerDatabase>> | undefined

const logIn = async (email: string): Promise<Session> => {
  const response = await fetch(`${context.base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  })
  const { token, user } = (await response.json()) as { token: string; user: { id: number } }
  return { token, id: user.id, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] }
}

beforeAll(async () => {
  database = await ownServerDatabase(scratch, 'hardening')
  server = await startServer({
    DATABASE_URL: database.url,
    MEDIA_DIR: context.mediaDir,
    PAYLOAD_SECRET: 'hardening-test-secret',
    SEED_DEMO_PASSWORD: demoPassword,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    // Written with spaces, as people write lists.
    TRUSTED_ORIGINS: ` ${context.trusted} , ${context.secondTrusted}`,
    // The limit checks speak for clients at several addresses, as a proxy reports them, with the
    // limits as shipped (the suite's own environment raises them).
    TRUST_PROXY: 'true',
    RATE_LIMIT_MULTIPLIER: '1',
  })
  context.base = server.baseURL
  context.sessions = { editor: await logIn('editor@example.org'), learner: await logIn('learner@example.org') }
}, 900_000)

afterAll(async () => {
  server?.stop()
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

describeSecurityHeaders(context)
describeTrustedOrigins(context)
describeBodyLimits(context)
describeErrorBodies(context)
describeLimitsByPath(context)
