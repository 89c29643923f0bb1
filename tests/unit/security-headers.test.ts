import { ServerResponse, IncomingMessage } from 'node:http'
import { Socket } from 'node:net'

import { afterEach, describe, expect, test, vi } from 'vitest'

import { setSecurityHeaders } from '../../cms/server/hardening/securityHeaders'

/** The headers `npm start` would send on a response, for a given environment. */
const headersFor = (env: { NODE_ENV: string; SERVER_URL: string }, { admin = false } = {}) => {
  vi.stubEnv('NODE_ENV', env.NODE_ENV)
  vi.stubEnv('SERVER_URL', env.SERVER_URL)
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  setSecurityHeaders(response, { admin })
  return response.getHeaders()
}

afterEach(() => vi.unstubAllEnvs())

describe('security headers: HSTS only where the platform is served over HTTPS in production', () => {
  test('production on an https SERVER_URL: HSTS for a year, subdomains included', () => {
    const headers = headersFor({ NODE_ENV: 'production', SERVER_URL: 'https://learn.example.org' })
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  })

  test('production on plain http (a local start): no HSTS, which would lock browsers out of localhost', () => {
    expect(headersFor({ NODE_ENV: 'production', SERVER_URL: 'http://localhost:3000' })).not.toHaveProperty(
      'strict-transport-security',
    )
  })

  test('development on an https SERVER_URL: no HSTS', () => {
    expect(headersFor({ NODE_ENV: 'development', SERVER_URL: 'https://learn.example.org' })).not.toHaveProperty(
      'strict-transport-security',
    )
  })

  test('the other headers do not depend on the environment', () => {
    const production = headersFor({ NODE_ENV: 'production', SERVER_URL: 'https://learn.example.org' })
    const local = headersFor({ NODE_ENV: 'development', SERVER_URL: 'http://localhost:3000' })
    delete production['strict-transport-security']
    expect(local).toEqual(production)
    expect(local['x-content-type-options']).toBe('nosniff')
  })
})
