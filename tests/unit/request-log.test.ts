import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { loggedPath } from '../../cms/operations/requestLog/loggedPath'
import { logRequest, type RequestLogLine } from '../../cms/operations/requestLog/logRequest'

describe('the path the request log keeps', () => {
  test.each([
    ['/api/courses?where[title][like]=jane@example.org', '/api/courses'],
    ['/api/users/42', '/api/users/:id'],
    ['/api/enrolments/course/intro-to-pve/enrol', '/api/enrolments/course/intro-to-pve/enrol'],
    ['/admin/collections/users/65f1c2a9b3e4d5f6a7b8c9d0', '/admin/collections/users/:id'],
    ['/admin/reset/3f1e9c0b7a2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f', '/admin/reset/:id'],
    ['/api/media/file/cv-of-jane-doe.pdf', '/api/media/file/:file'],
    ['/api/x/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N', '/api/x/:id'],
    [
      '/fr/courses/introduction-to-preventing-violent-extremism/',
      '/fr/courses/introduction-to-preventing-violent-extremism/',
    ],
    ['/_astro/Island.DX3k2pQ.js', '/_astro/Island.DX3k2pQ.js'],
    ['/#top', '/'],
  ])('%s → %s', (url, kept) => {
    expect(loggedPath(url)).toBe(kept)
  })
})

describe('one JSON line per request', () => {
  const lines: RequestLogLine[] = []
  let server: Server
  let base: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      logRequest(request, response, (line) => lines.push(line))
      if (request.url?.startsWith('/slow')) return void setTimeout(() => response.end('late'), 200)
      if (request.url?.startsWith('/hang')) return
      response.writeHead(request.url === '/missing' ? 404 : 200, { 'content-type': 'text/plain' }).end('x'.repeat(1000))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  const lastLine = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    return lines.at(-1)!
  }

  test('method, path without query, status, duration and bytes — and nothing about who asked', async () => {
    await (
      await fetch(`${base}/api/users/7?email=jane@example.org`, { headers: { cookie: 'payload-token=secret' } })
    ).text()
    const line = await lastLine()
    expect(Object.keys(line).sort()).toEqual(['bytes', 'method', 'ms', 'path', 'status', 'time'])
    expect(line).toMatchObject({ method: 'GET', path: '/api/users/:id', status: 200 })
    // The body and the headers, as sent on the connection.
    expect(line.bytes).toBeGreaterThan(1000)
    expect(line.bytes).toBeLessThan(1300)
    expect(JSON.stringify(line)).not.toMatch(/127\.0\.0\.1|jane|secret|\?/)
  })

  test('one line for each request on a kept-alive connection, each with its own bytes', async () => {
    const before = lines.length
    await (await fetch(`${base}/missing`)).text()
    await (await fetch(`${base}/slow`)).text()
    await lastLine()
    const [missing, slow] = lines.slice(before)
    expect(lines.length - before).toBe(2)
    expect(missing).toMatchObject({ path: '/missing', status: 404 })
    expect(slow!.ms).toBeGreaterThanOrEqual(190)
    expect(slow!.bytes).toBeLessThan(300)
  })

  test('a request the client gave up on is logged as aborted', async () => {
    await new Promise<void>((resolve) => {
      const request = httpRequest(`${base}/hang`)
      request.on('error', () => resolve())
      request.end()
      setTimeout(() => request.destroy(), 50)
    })
    const line = await lastLine()
    expect(line).toMatchObject({ path: '/hang', aborted: true })
  })
})
