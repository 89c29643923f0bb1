import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import type { HealthReport } from '../../cms/operations/health/healthReport'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-health-'))
const buildId = String(Date.now() - 90_000)
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // A live link into the builds folder, as the portal build leaves it.
  mkdirSync(path.join(scratch, 'builds', buildId), { recursive: true })
  writeFileSync(path.join(scratch, 'builds', buildId, 'index.html'), '<!doctype html>')
  symlinkSync(path.join(scratch, 'builds', buildId), path.join(scratch, 'portal'), 'dir')
  vi.stubEnv('PORTAL_DIR', path.join(scratch, 'portal'))
  vi.stubEnv('PORTAL_BUILDS_DIR', path.join(scratch, 'builds'))
})

afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(scratch, { recursive: true, force: true })
})

describe('GET /api/health', () => {
  test('answers 200, never cached, with the database, the live build, the queue and the version', async () => {
    const { status, json, headers } = await rest({ path: '/health' })
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    const report = json as HealthReport
    expect(report.status).toBe('ok')
    expect(report.version).toBe(version)
    expect(report.database.reachable).toBe(true)
    expect(report.portal).toMatchObject({
      serving: true,
      id: buildId,
      builtAt: new Date(Number(buildId)).toISOString(),
    })
    expect(report.portal.ageSeconds).toBeGreaterThanOrEqual(90)
    expect(['idle', 'queued', 'building', 'failed']).toContain(report.rebuild?.state ?? 'idle')
  })

  test('tells nothing personal or internal: no build error text, no addresses, no folders', async () => {
    await payload.updateGlobal({
      slug: 'site-status',
      data: { lastError: 'astro failed in /srv/secret/path for admin@example.org' },
      overrideAccess: true,
      context: { skipRebuild: true },
    })
    const { json } = await rest({ path: '/health' })
    const text = JSON.stringify(json)
    expect(text).not.toContain('secret')
    expect(text).not.toContain('@')
    expect(text).not.toContain(scratch)
    expect(Object.keys(json).sort()).toEqual(['database', 'portal', 'rebuild', 'status', 'version'])
  })

  test('answers 503 with the same report when the database does not answer in time', async () => {
    // A database that never answers: the probe gives up after its short timeout.
    const silent = vi.spyOn(payload, 'findGlobal').mockImplementation(() => new Promise(() => undefined))
    const started = Date.now()
    const { status, json, headers } = await rest({ path: '/health' }).finally(() => silent.mockRestore())
    expect(Date.now() - started).toBeLessThan(5000)
    expect(status).toBe(503)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(json).toMatchObject({ status: 'unavailable', database: { reachable: false }, rebuild: null, version })
    expect((json as HealthReport).portal.id).toBe(buildId)
  })

  test('answers 503 when the database refuses, and 200 again once it answers', async () => {
    const refusing = vi.spyOn(payload, 'findGlobal').mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
    const { status } = await rest({ path: '/health' }).finally(() => refusing.mockRestore())
    expect(status).toBe(503)
    expect((await rest({ path: '/health' })).status).toBe(200)
  })
})
