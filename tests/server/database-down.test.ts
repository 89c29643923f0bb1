import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cuttableProxy } from '../helpers/cuttableProxy'
import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'

/**
 * The database-down drill on the started server and PostgreSQL: the server reaches its database
 * through a relay whose line is cut while it runs. Meanwhile the API answers 503 with Retry-After,
 * the static portal keeps serving, the process stays up; when the line is mended the API answers
 * again by itself. (SQLite is a file of the server's own and cannot go away like this.)
 */
const onPostgres = (process.env.SERVER_TEST_DATABASE_URL ?? '').startsWith('postgres')
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-database-down-'))
let database: Awaited<ReturnType<typeof ownServerDatabase>> | undefined
let proxy: Awaited<ReturnType<typeof cuttableProxy>> | undefined
let server: Awaited<ReturnType<typeof startServer>> | undefined

beforeAll(async () => {
  if (!onPostgres) return
  database = await ownServerDatabase(scratch, 'database_down')
  const direct = new URL(database.url)
  proxy = await cuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
  const relayed = new URL(database.url)
  relayed.hostname = '127.0.0.1'
  relayed.port = String(proxy.port)
  mkdirSync(path.join(scratch, 'portal'))
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  server = await startServer({
    DATABASE_URL: relayed.toString(),
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'database-down-test-secret',
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    REBUILD_QUIET_MS: '600000',
  })
}, 900_000)

afterAll(async () => {
  server?.stop()
  await server?.exited
  await proxy?.close()
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

const get = async (pathname: string) => {
  const response = await fetch(`${server!.baseURL}${pathname}`, { signal: AbortSignal.timeout(30_000) })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() }
}

/** Polls a path until it answers `status`; how many seconds that took. */
const secondsUntil = async (pathname: string, status: number, limitSeconds: number) => {
  const since = performance.now()
  while ((performance.now() - since) / 1000 < limitSeconds) {
    if ((await get(pathname).catch(() => ({ status: 0 }))).status === status) return (performance.now() - since) / 1000
    await sleep(250)
  }
  throw new Error(`${pathname} did not answer ${status} within ${limitSeconds} s`)
}

describe.skipIf(!onPostgres)('the database-down drill (PostgreSQL)', () => {
  test('the API says 503 while the database is away, the portal keeps serving, and service resumes by itself', async () => {
    expect((await get('/api/courses?limit=1')).status).toBe(200)

    proxy!.cut()
    await secondsUntil('/api/courses?limit=1', 503, 60)
    const down = await get('/api/courses?limit=1')
    expect(down.status).toBe(503)
    expect(down.retryAfter).toBe('60')
    expect(down.text).toMatch(/cannot reach its database/)
    expect((await get('/api/health')).status).toBe(503)
    expect((await get('/')).status).toBe(200)

    proxy!.mend()
    const seconds = await secondsUntil('/api/courses?limit=1', 200, 60)
    console.log(`API answering again ${seconds.toFixed(1)} s after the database came back`)
    expect((await get('/api/health')).status).toBe(200)
    expect(server!.output()).not.toMatch(/exited with/)
  }, 300_000)
})
