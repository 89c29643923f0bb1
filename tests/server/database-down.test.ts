import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { cuttableProxy } from '../helpers/cuttableProxy'
import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'

/**
 * The database-down drill, on PostgreSQL: the server reaches its database through a proxy of
 * this test's own, whose line is cut and mended (the shared PostgreSQL server keeps running).
 * While it is cut the API answers 503 with a clear message, the portal keeps serving, and the
 * process stays up; once mended, service resumes by itself.
 */
const onPostgres = (process.env.SERVER_TEST_DATABASE_URL ?? '').startsWith('postgres')
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-outage-'))
let server: Awaited<ReturnType<typeof startServer>>
let database: Awaited<ReturnType<typeof ownServerDatabase>>
let proxy: Awaited<ReturnType<typeof cuttableProxy>>

beforeAll(async () => {
  if (!onPostgres) return
  mkdirSync(path.join(scratch, 'portal', 'en'), { recursive: true })
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  writeFileSync(path.join(scratch, 'portal', 'en', 'index.html'), '<!doctype html><title>Home</title>')
  database = await ownServerDatabase(scratch, 'outage')
  const direct = new URL(database.url)
  proxy = await cuttableProxy({ host: direct.hostname, port: Number(direct.port || 5432) })
  const proxied = new URL(database.url)
  proxied.hostname = '127.0.0.1'
  proxied.port = String(proxy.port)
  server = await startServer({
    SEED_ON_START: 'false',
    DATABASE_URL: proxied.toString(),
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'outage-test-secret',
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
  })
}, 900_000)

afterAll(async () => {
  server?.stop()
  await server?.exited
  await proxy?.close()
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

const get = async (url: string) => {
  const response = await fetch(`${server.baseURL}${url}`)
  return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') }
}

/** Polls until `check` holds (30 s at most). */
const eventually = async (check: () => Promise<boolean>) => {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

describe.runIf(onPostgres)('with its database out of reach (PostgreSQL)', () => {
  test('before: the API and the health check answer', async () => {
    expect((await get('/api/courses?limit=1')).status).toBe(200)
    expect((await get('/api/health')).status).toBe(200)
  })

  test('while cut: the API answers 503 with a clear message and Retry-After, not 500', async () => {
    proxy.cut()
    for (const url of ['/api/courses?limit=1', '/api/resources?limit=1', '/api/globals/site-settings']) {
      const answer = await get(url)
      expect(answer.status, url).toBe(503)
      expect(JSON.parse(answer.text), url).toEqual({ errors: [{ message: expect.stringMatching(/cannot reach its database/) }] })
      expect(answer.retryAfter).toBe('60')
    }
    const login = await fetch(`${server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'someone@example.org', password: 'a long passphrase' }),
    })
    expect(login.status).toBe(503)
  })

  test('while cut: the health check says so (503, the same report)', async () => {
    const health = await get('/api/health')
    expect(health.status).toBe(503)
    expect(JSON.parse(health.text)).toMatchObject({ status: 'unavailable', database: { reachable: false }, portal: { serving: true } })
  })

  test('while cut: the portal keeps serving its pages', async () => {
    const home = await get('/en/')
    expect(home.status).toBe(200)
    expect(home.text).toContain('<title>Home</title>')
  })

  test('while cut: the server stays up through its background work (rebuild worker, scheduled jobs)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect((await get('/en/')).status).toBe(200)
    expect((await get('/api/courses?limit=1')).status).toBe(503)
  })

  test('mended: service resumes by itself', async () => {
    proxy.mend()
    expect(await eventually(async () => (await get('/api/courses?limit=1')).status === 200)).toBe(true)
    expect((await get('/api/health')).status).toBe(200)
    expect((await get('/api/resources?limit=1')).status).toBe(200)
  })
})
