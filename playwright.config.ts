import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { defineConfig } from '@playwright/test'

/**
 * Browser tests against the real thing: `npm start` on a fresh database (seeded, portal built on
 * first start), driven by Debian's Chromium. Everything stays on 127.0.0.1.
 */
const port = Number(process.env.E2E_PORT ?? 3210)
const scratch = process.env.E2E_SCRATCH ?? mkdtempSync(path.join(tmpdir(), 'connect-learn-e2e-'))
process.env.E2E_SCRATCH = scratch
export const portalDir = path.join(scratch, 'portal')
process.env.E2E_PORTAL_DIR = portalDir

export const config = defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: path.join(scratch, 'report.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'tsx scripts/start.ts',
    url: `http://127.0.0.1:${port}/en/`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: `file:${path.join(scratch, 'e2e.db')}`,
      MEDIA_DIR: path.join(scratch, 'media'),
      PAYLOAD_SECRET: 'e2e-secret',
      SEED_DEMO_PASSWORD: 'e2e-demo-password',
      PORTAL_DIR: portalDir,
      PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
      SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
      REBUILD_QUIET_MS: '1000',
      // E-mail is captured here for the tests to read; rate limits count the address a test forwards.
      MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
      TRUST_PROXY: 'true',
      // Every browser test signs in from 127.0.0.1; limits ×20 keep them apart from the rate-limit test.
      RATE_LIMIT_MULTIPLIER: '20',
      // The publishing test makes builds fail while this file exists, to see the live site survive.
      PORTAL_BUILD_COMMAND: `test ! -e ${path.join(scratch, 'fail-builds')} && astro build --silent`,
    },
  },
})

export default config
