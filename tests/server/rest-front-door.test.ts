import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { startServer } from '../helpers/startedServer'

/**
 * The production server's API route goes through the same checks as the tests' rest helper
 * (cms/http/restHandler.ts): a malformed request gets its 4xx over real HTTP, through Next.js.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-front-door-'))
let server: Awaited<ReturnType<typeof startServer>>

beforeAll(async () => {
  // The API is all this file tests: a stand-in portal spares the portal build, and no demo content is seeded.
  mkdirSync(path.join(scratch, 'portal'))
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  server = await startServer({
    SEED_ON_START: 'false',
    DATABASE_URL: `file:${path.join(scratch, 'front-door.db')}`,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'front-door-test-secret',
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    REBUILD_WORKER: 'false',
  })
}, 900_000)

afterAll(() => {
  server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

const longLike = `/api/courses?where[title][like]=${encodeURIComponent(Array(2000).fill('word').join(' '))}`

test.each([
  {
    name: 'an id that is no id',
    method: 'GET',
    url: '/api/courses/abc',
    status: 404,
    message: /ids here are whole numbers/,
  },
  {
    name: 'a repeated parameter',
    method: 'GET',
    url: '/api/courses?limit=1&limit=2',
    status: 400,
    message: /"limit" is given more than once/,
  },
  { name: 'a like of 2,000 words', method: 'GET', url: longLike, status: 400, message: /more than 20 words/ },
  {
    name: 'a global without versions',
    method: 'GET',
    url: '/api/globals/site-settings/versions',
    status: 404,
    message: /keeps no versions/,
  },
  {
    name: 'JSON sent as text',
    method: 'POST',
    url: '/api/users/login',
    contentType: 'text/plain',
    body: '{"email":"a@example.org"}',
    status: 415,
    message: /application\/json/,
  },
  {
    name: 'a body of null',
    method: 'POST',
    url: '/api/users/login',
    contentType: 'application/json',
    body: 'null',
    status: 400,
    message: /must be a JSON object/,
  },
])('$name: $status', async ({ method, url, contentType, body, status, message }) => {
  const response = await fetch(`${server.baseURL}${url}`, {
    method,
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  })
  expect(response.status).toBe(status)
  const { errors } = (await response.json()) as { errors: { message: string }[] }
  expect(errors[0]?.message).toMatch(message)
})

test('a well-formed request still reaches Payload', async () => {
  const response = await fetch(`${server.baseURL}/api/courses?locale=fr&limit=1&depth=0&fallback-locale=null`)
  expect(response.status).toBe(200)
})
