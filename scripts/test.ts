import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { throwawayMongo, throwawayPostgres } from './lib/throwawayDatabases'

/**
 * `npm test` after the type check: the whole suite on SQLite, then again on PostgreSQL when
 * TEST_POSTGRES_URL names a server (a role allowed to create databases), and on MongoDB when
 * MONGODB_URL does. Every pass gets fresh databases: one for the integration tests and one for
 * the production start of the server (migrations + first-start seed), which must not share a
 * schema pushed in development mode. Then the browser tests, once, against `npm start` on SQLite.
 */
type Pass = { name: string; env: Record<string, string> }

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-runs-'))
mkdirSync(path.join(scratch, 'e2e'))
const postgres = process.env.TEST_POSTGRES_URL ? throwawayPostgres(process.env.TEST_POSTGRES_URL) : null
const passes: Pass[] = [{ name: 'sqlite', env: {} }]
if (postgres) {
  passes.push({
    name: 'postgres',
    env: { TEST_DATABASE_URL: await postgres.create('int'), SERVER_TEST_DATABASE_URL: await postgres.create('server') },
  })
} else
  console.log(
    'PostgreSQL pass skipped: set TEST_POSTGRES_URL (e.g. postgres://user:pass@127.0.0.1:5432/postgres) to run it.',
  )
if (process.env.MONGODB_URL) {
  const url = process.env.MONGODB_URL
  passes.push({
    name: 'mongodb',
    env: { TEST_DATABASE_URL: throwawayMongo(url, 'int'), SERVER_TEST_DATABASE_URL: throwawayMongo(url, 'server') },
  })
} else console.log('MongoDB pass skipped: set MONGODB_URL to a MongoDB server to run it.')

let passed = 0
let failed = 0
try {
  for (const pass of passes) {
    console.log(`\n=== Test pass on ${pass.name} ===`)
    const report = path.join(scratch, `${pass.name}.json`)
    const extraArgs = process.argv.slice(2)
    const result = spawnSync(
      'vitest',
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
      {
        stdio: 'inherit',
        env: { ...process.env, ...pass.env },
      },
    )
    const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number }
    passed += summary.numPassedTests
    failed += summary.numFailedTests + (result.status !== 0 && summary.numFailedTests === 0 ? 1 : 0)
  }
  console.log('\n=== Browser tests (Playwright, Chromium) ===')
  const e2eScratch = path.join(scratch, 'e2e')
  const browser = spawnSync('playwright', ['test'], {
    stdio: 'inherit',
    env: { ...process.env, E2E_SCRATCH: e2eScratch },
  })
  const e2e = JSON.parse(readFileSync(path.join(e2eScratch, 'report.json'), 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number }
  }
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected + (browser.status !== 0 && e2e.stats.unexpected === 0 ? 1 : 0)
} finally {
  await postgres?.dropAll()
  rmSync(scratch, { recursive: true, force: true })
}
console.log(`\nDatabases: ${passes.map((pass) => pass.name).join(', ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
