import { describe, expect, test } from 'vitest'

import { createRateLimiter, type RateRule } from '../../scripts/lib/hardening/rateLimits'

const rules: RateRule[] = [{ name: 'sign-in', method: 'POST', path: /^\/api\/users\/login$/, limit: 3, windowMs: 60_000 }]

describe('rate limits', () => {
  test('the request over the limit is refused with the seconds to wait; the window slides and it recovers', () => {
    let clock = 0
    const limit = createRateLimiter(rules, () => clock)
    for (let attempt = 0; attempt < 3; attempt++) expect(limit('POST', '/api/users/login', '10.0.0.1').allowed).toBe(true)
    clock = 20_000
    expect(limit('POST', '/api/users/login', '10.0.0.1')).toEqual({ allowed: false, rule: 'sign-in', retryAfterSeconds: 40 })
    clock = 60_001
    expect(limit('POST', '/api/users/login', '10.0.0.1').allowed).toBe(true)
  })

  test('clients are counted apart, and other requests are not counted', () => {
    const limit = createRateLimiter(rules, () => 0)
    for (let attempt = 0; attempt < 3; attempt++) limit('POST', '/api/users/login', '10.0.0.1')
    expect(limit('POST', '/api/users/login', '10.0.0.2').allowed).toBe(true)
    expect(limit('GET', '/api/users/login', '10.0.0.1').allowed).toBe(true)
    expect(limit('POST', '/api/courses', '10.0.0.1').allowed).toBe(true)
  })
})
