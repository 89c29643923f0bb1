import { mkdtempSync, rmSync } from 'node:fs'
import {
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createPlatformServer } from '../../cms/server/platformServer'

/**
 * The API behind the one-origin server, with the CMS replaced by answers of every kind it gives:
 * large and small JSON, an event stream, JSON it encoded itself, a PDF download, the admin.
 */
const largeJson = JSON.stringify({
  docs: Array.from({ length: 60 }, (_, id) => ({ id, title: `Course number ${id}`, summary: 'Learning together.' })),
})
const smallJson = JSON.stringify({ user: null })
const events = `data: ${'x'.repeat(3000)}\n\n`
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 32)])

/** Answers as Next.js sends a route's Response: headers set one by one, then the body. */
const send = (response: ServerResponse, headers: Record<string, string>, ...chunks: (string | Buffer)[]) => {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
  for (const chunk of chunks.slice(0, -1)) response.write(chunk)
  response.end(chunks.at(-1))
}
const json = { 'content-type': 'application/json; charset=utf-8' }

const answers: Record<string, (response: ServerResponse) => void> = {
  '/api/courses': (response) => send(response, json, largeJson),
  // Written in pieces, without a declared length, as a framework streams a long answer.
  '/api/streamed': (response) => send(response, json, largeJson.slice(0, 500), largeJson.slice(500)),
  '/api/users/me': (response) => send(response, { ...json, 'content-length': String(smallJson.length) }, smallJson),
  '/api/events': (response) => send(response, { 'content-type': 'text/event-stream' }, events),
  '/api/encoded': (response) => send(response, { ...json, 'content-encoding': 'gzip' }, gzipSync(largeJson)),
  '/api/media/file/guide.pdf': (response) => send(response, { 'content-type': 'application/pdf' }, pdf),
  '/admin/courses': (response) => send(response, json, largeJson),
  // Payload's CORS headers, on every answer.
  '/api/cors': (response) =>
    send(
      response,
      {
        ...json,
        'access-control-allow-methods': 'PUT, PATCH, POST, GET, DELETE, OPTIONS',
        'access-control-allow-headers': 'Origin, Content-Type',
      },
      smallJson,
    ),
}
const handleWithCms = (request: IncomingMessage, response: ServerResponse) => {
  const answer = answers[request.url ?? '']
  if (answer) answer(response)
  else response.writeHead(404).end()
}

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-api-compression-'))
let server: Server
let origin = ''

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer }
const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(`${origin}${pathname}`, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    outgoing.on('error', reject)
    outgoing.end()
  })

beforeAll(async () => {
  server = createPlatformServer({ liveDir: path.join(scratch, 'portal'), handleWithCms })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(scratch, { recursive: true, force: true })
})

describe('large JSON answers of the API are compressed as the client accepts', () => {
  test('Brotli first, then gzip; Vary: Accept-Encoding; the JSON intact', async () => {
    const brotli = await get('/api/courses', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).toString()).toBe(largeJson)
    const gzip = await get('/api/courses', { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(largeJson)
    for (const answer of [brotli, gzip]) {
      expect(answer.headers.vary).toMatch(/accept-encoding/i)
      expect(answer.body.length).toBeLessThan(largeJson.length / 3)
    }
  })

  test('an answer streamed in pieces is compressed too', async () => {
    const answer = await get('/api/streamed', { 'accept-encoding': 'br' })
    expect(answer.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(answer.body).toString()).toBe(largeJson)
  })

  test('a client that accepts no encoding gets plain JSON', async () => {
    const answer = await get('/api/courses')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe(largeJson)
  })

  test('HEAD is answered without a body', async () => {
    const answer = await get('/api/courses', { 'accept-encoding': 'br' }, 'HEAD')
    expect(answer.status).toBe(200)
    expect(answer.body.length).toBe(0)
  })
})

describe('left as they are', () => {
  test('a small answer: compressing would cost more than it saves', async () => {
    const answer = await get('/api/users/me', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe(smallJson)
  })

  test('an event stream, whose events must arrive as they are written', async () => {
    const answer = await get('/api/events', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe(events)
  })

  test('an answer the CMS encoded itself is never compressed twice', async () => {
    const answer = await get('/api/encoded', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(answer.body).toString()).toBe(largeJson)
  })

  test('a file download (a PDF from the media library)', async () => {
    const answer = await get('/api/media/file/guide.pdf', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.equals(pdf)).toBe(true)
  })

  test('the admin, outside the API', async () => {
    const answer = await get('/admin/courses', { 'accept-encoding': 'br, gzip' })
    expect(answer.headers['content-encoding']).toBeUndefined()
  })
})

test('CORS headers are sent to cross-origin callers only: a same-origin request carries no Origin', async () => {
  const same = await get('/api/cors')
  expect(same.headers['access-control-allow-methods']).toBeUndefined()
  expect(same.headers['access-control-allow-headers']).toBeUndefined()
  expect(same.body.toString()).toBe(smallJson)
  const cross = await get('/api/cors', { origin: 'https://partner.example.org' })
  expect(cross.headers['access-control-allow-methods']).toBe('PUT, PATCH, POST, GET, DELETE, OPTIONS')
  expect(cross.headers['access-control-allow-headers']).toBe('Origin, Content-Type')
})
