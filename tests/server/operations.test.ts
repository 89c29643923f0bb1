import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'

/**
 * Stopping and starting the platform as a process manager does: SIGTERM lets the requests in
 * flight finish and ends the process cleanly; the next start finds nothing to build or seed and is
 * soon serving the API (the seconds are printed: a figure, not a timed assertion).
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-operations-'))
const demoPassword = 'demo-password-for-operations'
let env: Record<string, string> = {}
let database: Awaited<ReturnType<typeof ownServerDatabase>> | undefined

beforeAll(async () => {
  database = await ownServerDatabase(scratch, 'operations')
  // The server's life is what is tested: a stand-in portal spares the portal build.
  mkdirSync(path.join(scratch, 'portal'))
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  env = {
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'operations-test-secret',
    SEED_DEMO_PASSWORD: demoPassword,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    REBUILD_QUIET_MS: '600000',
  }
})

afterAll(async () => {
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Polls until the health report says the API and its database answer; the seconds it took. */
const secondsUntilHealthy = async (baseURL: string, since: number) => {
  for (;;) {
    const status = await fetch(`${baseURL}/api/health`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return (performance.now() - since) / 1000
    await sleep(100)
  }
}

/** A sign-in sent over a raw connection in two halves, so that it is still in flight when asked. */
const signInInTwoHalves = (baseURL: string) => {
  const { hostname, port } = new URL(baseURL)
  const body = JSON.stringify({ email: 'admin@example.org', password: demoPassword })
  const socket = connect({ host: hostname, port: Number(port) })
  let answer = ''
  socket.on('data', (chunk) => (answer += chunk.toString()))
  const answered = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
  socket.write(
    [
      'POST /api/users/login HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body.slice(0, 10),
    ].join('\r\n'),
  )
  return { finish: () => socket.write(body.slice(10)), answered }
}

describe('stopping and starting the platform', () => {
  test('on SIGTERM a request in flight is answered, new connections are refused, and the process exits 0', async () => {
    const server = await startServer(env)
    await secondsUntilHealthy(server.baseURL, performance.now())
    const signIn = signInInTwoHalves(server.baseURL)
    await sleep(1000)
    server.stop()
    await sleep(1000)
    await expect(fetch(`${server.baseURL}/api/health`)).rejects.toThrow()
    signIn.finish()
    expect(await signIn.answered).toMatch(/^HTTP\/1\.1 200 /)
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('[shutdown] done.')
  }, 900_000)

  test('a restart with nothing to build or seed is soon ready', async () => {
    const since = performance.now()
    const server = await startServer(env)
    try {
      const seconds = await secondsUntilHealthy(server.baseURL, since)
      console.log(`restart to a healthy API: ${seconds.toFixed(1)} s`)
      expect(server.output()).not.toMatch(/Building the admin|No portal build yet|seeding/)
      expect((await fetch(`${server.baseURL}/`)).status).toBe(200)
    } finally {
      server.stop()
      await server.exited
    }
  }, 900_000)
})
