import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createRequestGuards, maxJsonBytes } from '../../cms/server/hardening/requestGuards'

/** The guards in front of a real HTTP server on 127.0.0.1; what passes them is answered 200. */
let server: Server
let port: number

beforeAll(async () => {
  const guard = createRequestGuards()
  server = createServer((request, response) => {
    if (!guard(request, response)) return
    request.resume()
    request.on('end', () => response.end('passed'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/** Sends `chunks` as the body of a POST; with `declared`, under a Content-Length, else in chunks. */
const post = (chunks: string[], declared?: number) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' }
    if (declared !== undefined) headers['content-length'] = declared
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/posts', headers },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      },
    )
    outgoing.on('error', reject)
    for (const chunk of chunks) outgoing.write(chunk)
    outgoing.end()
  })

describe('request guards', () => {
  test('a body with its length declared passes', async () => {
    const body = JSON.stringify({ body: 'hello' })
    expect(await post([body], Buffer.byteLength(body))).toEqual({ status: 200, body: 'passed' })
  })

  test('a body declared larger than allowed is refused with 413 before it is read', async () => {
    const { status, body } = await post(['{}'], maxJsonBytes + 1)
    expect(status).toBe(413)
    expect(JSON.parse(body).errors[0].message).toMatch(/too large/)
  })

  test('a body sent in chunks, with no declared length, is refused with 411 (it would escape the size check)', async () => {
    const { status, body } = await post(['{"body":', '"hello"}'])
    expect(status).toBe(411)
    expect(JSON.parse(body).errors[0].message).toMatch(/Content-Length/)
  })
})
