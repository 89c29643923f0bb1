import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type ClientRequest } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { RequestLogLine } from '../../cms/operations/requestLog/logRequest'
import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'

/**
 * The production server as operators see it: its health over HTTP, its request log, the line
 * that says how long it took to be ready, and a graceful stop on SIGTERM with requests in flight.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-operations-'))
const shutdownDeadlineMs = 4000
let server: Awaited<ReturnType<typeof startServer>>
let database: Awaited<ReturnType<typeof ownServerDatabase>>

beforeAll(async () => {
  // A stand-in portal spares the portal build; no demo content is needed.
  mkdirSync(path.join(scratch, 'portal', 'fr'), { recursive: true })
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  writeFileSync(path.join(scratch, 'portal', 'fr', 'index.html'), '<!doctype html><title>Portail</title>')
  database = await ownServerDatabase(scratch, 'operations')
  server = await startServer({
    SEED_ON_START: 'false',
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'operations-test-secret',
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    SHUTDOWN_TIMEOUT_MS: String(shutdownDeadlineMs),
  })
}, 900_000)

afterAll(async () => {
  server?.stop()
  await server?.exited
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

const logLines = () =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{"time"'))
    .map((line) => JSON.parse(line) as RequestLogLine)

/** A request whose body arrives in two parts: in flight from its headers until `finish` sends the rest. */
const requestInTwoParts = (url: string, body: string) => {
  let outgoing: ClientRequest
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    outgoing = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
    })
    outgoing.on('error', reject)
    outgoing.write(body.slice(0, 10))
  })
  return { answered, finish: () => outgoing.end(body.slice(10)) }
}

describe('the platform server, as operators see it', () => {
  test('GET /api/health over HTTP: 200, never cached, the database reachable', async () => {
    const response = await fetch(`${server.baseURL}/api/health`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', database: { reachable: true }, portal: { serving: true } })
  })

  test('says how long it took to be ready, and where the time went; with a portal to serve, connects its worker after', async () => {
    expect(server.output()).toMatch(/ready in \d+\.\d s \(admin build check [\d.]+ s, admin and API [\d.]+ s, API [\d.]+ s\)/)
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !server.output().includes('Rebuild worker and scheduled jobs connected'); ) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(server.output()).toMatch(/Rebuild worker and scheduled jobs connected in [\d.]+ s \(database [\d.]+ s, seed check [\d.]+ s, portal check [\d.]+ s\)/)
  })

  test('logs one JSON line per request: method, path, status, duration, bytes — no query, no address', async () => {
    await (await fetch(`${server.baseURL}/fr/?q=jane@example.org`)).text()
    await (await fetch(`${server.baseURL}/api/users/me`)).text()
    await new Promise((resolve) => setTimeout(resolve, 200))
    const lines = logLines()
    const portal = lines.find((line) => line.path === '/fr/')
    expect(portal).toMatchObject({ method: 'GET', status: 200 })
    expect(portal!.bytes).toBeGreaterThan(0)
    expect(lines.find((line) => line.path === '/api/users/me')).toMatchObject({ method: 'GET', status: 200 })
    expect(lines.filter((line) => line.path === '/fr/')).toHaveLength(1)
    expect(JSON.stringify(lines)).not.toMatch(/jane|127\.0\.0\.1|\?q=/)
  })

  test('on SIGTERM: takes no new connection, finishes the request in flight, cuts one that outlives the deadline, exits 0', async () => {
    const login = JSON.stringify({ email: 'nobody@example.org', password: 'not a password of anyone' })
    const slow = requestInTwoParts(`${server.baseURL}/api/users/login`, login)
    const stuck = requestInTwoParts(`${server.baseURL}/api/users/login`, login)
    const stuckOutcome = stuck.answered.then(() => 'answered', () => 'cut')
    await new Promise((resolve) => setTimeout(resolve, 500))
    const signalled = Date.now()
    server.stop()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    // Still running for the two requests, but no longer listening.
    await expect(fetch(`${server.baseURL}/api/health`)).rejects.toThrow()
    slow.finish()
    expect((await slow.answered).status).toBe(401)
    expect(await stuckOutcome).toBe('cut')
    expect(await server.exited).toBe(0)
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(shutdownDeadlineMs - 100)
    expect(Date.now() - signalled).toBeLessThan(shutdownDeadlineMs + 10_000)
    expect(server.output()).toContain('[shutdown] SIGTERM: no new connections; finishing 2 requests in flight')
    expect(server.output()).toContain('[shutdown] done.')
    expect(server.output()).not.toMatch(/\[shutdown\] .* failed/)
  }, 60_000)
})
