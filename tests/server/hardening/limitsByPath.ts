import { request } from 'node:http'

import { describe, expect, test } from 'vitest'

import type { HardeningContext } from './context'

/** A request whose path goes on the wire exactly as written (no URL normalisation on the way). */
const rawPost = (base: string, path: string, headers: Record<string, string>, body: unknown) =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(base)
    const payload = JSON.stringify(body)
    const outgoing = request(
      {
        hostname,
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(payload)
  })

/** Refused by the limit, not a route at all, or sent to the canonical path (where the limit waits). */
const refusedOrElsewhere = [429, 404, 405, 301, 307, 308]

/** Spellings of one route that a router may decode, fold or normalise to the same operation. */
const spellings = (route: string) => {
  const [collection, action = ''] = route.split('/').filter(Boolean)
  const encoded = (text: string) => `%${text.charCodeAt(0).toString(16)}${text.slice(1)}`
  return [
    `/api/${collection}/${action}`.replace(/\/$/, ''),
    `/api/${collection}/${action.toUpperCase()}`.replace(/\/$/, ''),
    `/api/${collection}/${encoded(action)}`.replace(/\/%NaN$/, ''),
    `/api/${encoded(collection!)}/${action}`.replace(/\/$/, ''),
    `/api/${collection}/./${action}`.replace(/\/$/, ''),
    `/api/${collection}//${action}`.replace(/\/$/, ''),
    `/api//${collection}/${action}`.replace(/\/$/, ''),
    `/api/${collection}/${action}/`,
    `/api/${collection}/${action}?via=query`.replace(/\/\?/, '?'),
  ]
}

/**
 * The limits count the operation, not the path: once a client has used up sign-ins or
 * registrations, no other spelling of the route gets through, and a client cannot choose the
 * address it is counted under.
 */
export const describeLimitsByPath = (context: HardeningContext) =>
  describe('limits on sign-in and registration, whatever the spelling of the path', () => {
    test('after ten failed sign-ins from one address, every spelling is refused without checking a password', async () => {
      const from = { 'x-forwarded-for': '198.51.100.10' }
      for (let n = 0; n < 10; n++) {
        // A forged address header is overwritten by the server: it does not spread the attempts out.
        const email = `nobody-${n}@example.org`
        expect(
          await rawPost(
            context.base,
            '/api/users/login',
            { ...from, 'x-client-address': `10.0.0.${n}` },
            { email, password: `guess ${n}` },
          ),
        ).toBe(401)
      }
      for (const path of spellings('users/login')) {
        const status = await rawPost(context.base, path, from, {
          email: 'learner@example.org',
          password: 'guess again',
        })
        expect(refusedOrElsewhere, `${path} answered ${status}`).toContain(status)
      }
    })

    test('after five registrations from one address, no spelling registers a sixth', async () => {
      const from = { 'x-forwarded-for': '198.51.100.20' }
      const register = (path: string, n: number) =>
        rawPost(context.base, path, from, {
          name: `Spelling ${n}`,
          email: `spelling-${n}-${Date.now()}@example.org`,
          password: 'a good passphrase',
        })
      for (let n = 0; n < 5; n++) expect(await register('/api/users', n)).toBe(201)
      for (const [n, path] of spellings('users').entries()) {
        const status = await register(path, 100 + n)
        expect(refusedOrElsewhere, `${path} answered ${status}`).toContain(status)
      }
    })
  })
