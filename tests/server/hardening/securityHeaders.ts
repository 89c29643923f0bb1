import { describe, expect, test } from 'vitest'

import { maxJsonBytes } from '../../../cms/server/hardening/requestGuards'
import { rawHttp } from '../../helpers/rawHttp'
import type { HardeningContext } from './context'

const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
}

/** Portal, API and admin answers, found and not found; only the admin may be framed, by itself. */
const responses = {
  'the language chooser': { path: '/', status: 200, frame: 'DENY' },
  'a portal page': { path: '/fr/courses/', status: 200, frame: 'DENY' },
  'a missing portal page': { path: '/ar/no-such-page/', status: 404, frame: 'DENY' },
  'an API answer': { path: '/api/courses?limit=1', status: 200, frame: 'DENY' },
  'an API refusal': { path: '/api/posts', status: 403, frame: 'DENY' },
  'an unknown API route': { path: '/api/no-such-route', status: 404, frame: 'DENY' },
  'the admin': { path: '/admin/login', status: 200, frame: 'SAMEORIGIN' },
}

export const describeSecurityHeaders = (context: HardeningContext) =>
  describe('security headers on every response', () => {
    test.each(Object.entries(responses))('%s', async (_, { path, status, frame }) => {
      const response = await fetch(`${context.base}${path}`)
      expect(response.status).toBe(status)
      const headers = Object.fromEntries(response.headers)
      expect(headers).toMatchObject({ ...common, 'x-frame-options': frame })
      expect(headers['content-security-policy']).toContain(
        frame === 'DENY' ? "frame-ancestors 'none'" : "frame-ancestors 'self'",
      )
      // Plain http in production: no HSTS (it needs an https SERVER_URL: tests/unit/security-headers.test.ts).
      expect(headers).not.toHaveProperty('strict-transport-security')
    })

    test('a request refused before the CMS sees it (413) carries them too', async () => {
      const { status, headers } = await rawHttp({
        url: `${context.base}/api/users/login`,
        headers: { 'content-type': 'application/json' },
        declared: maxJsonBytes + 1,
      })
      expect(status).toBe(413)
      expect(headers).toMatchObject({ ...common, 'x-frame-options': 'DENY' })
    })
  })
