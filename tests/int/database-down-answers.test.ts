import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'

import { testPayload } from '../helpers/payload'
import { messagesOf, rest } from '../helpers/rest'

/**
 * While the database does not answer, the API says so with a 503 (and when to try again) instead
 * of a 500; a server fault while the database answers stays a 500. The database-down drill on a
 * real server and PostgreSQL is tests/server/database-down.test.ts.
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(() => {
  vi.restoreAllMocks()
})

const connectionLost = () => Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' })

describe('the API while its database is down', () => {
  test('a read that fails for want of the database is a 503 that says so, with Retry-After', async () => {
    vi.spyOn(payload.db, 'find').mockRejectedValue(connectionLost())
    vi.spyOn(payload, 'findGlobal').mockRejectedValue(connectionLost())
    const { status, json, headers } = await rest({ path: '/courses?limit=1' })
    expect(status).toBe(503)
    expect(messagesOf(json)).toMatch(/cannot reach its database/)
    expect(headers.get('retry-after')).toBe('60')
  })

  test('a fault while the database answers stays a 500, its details hidden', async () => {
    vi.spyOn(payload.db, 'find').mockRejectedValue(new Error('a bug in a hook'))
    const { status, json } = await rest({ path: '/courses?limit=1' })
    expect(status).toBe(500)
    expect(messagesOf(json)).not.toMatch(/database|bug/)
  })

  test('and once the database answers again, so does the API', async () => {
    expect((await rest({ path: '/courses?limit=1' })).status).toBe(200)
  })
})
