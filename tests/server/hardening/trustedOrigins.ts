import { describe, expect, test } from 'vitest'

import { withJwt, type HardeningContext } from './context'

/** Request headers that say where a browser's request comes from. */
type From = (context: HardeningContext) => Record<string, string>

const accepted: Record<string, From> = {
  SERVER_URL: ({ base }) => ({ origin: base }),
  'the first of TRUSTED_ORIGINS': ({ trusted }) => ({ origin: trusted }),
  'the second of TRUSTED_ORIGINS': ({ secondTrusted }) => ({ origin: secondTrusted }),
  'the same origin, by Sec-Fetch-Site, without an Origin header': () => ({ 'sec-fetch-site': 'same-origin' }),
}

const refused: Record<string, From> = {
  'another site': () => ({ origin: 'https://elsewhere.example.net' }),
  'a look-alike of SERVER_URL': ({ base }) => ({ origin: base.replace('127.0.0.1', '127.0.0.1.example.net') }),
  'a trusted host on plain http': ({ trusted }) => ({ origin: trusted.replace('https:', 'http:') }),
  'a cross-site request without an Origin header': () => ({ 'sec-fetch-site': 'cross-site' }),
}

export const describeTrustedOrigins = (context: HardeningContext) =>
  describe('credentialed requests: only from SERVER_URL and TRUSTED_ORIGINS', () => {
    /** The learner renames herself with her session cookie, as her browser would. */
    const renameWithCookie = (name: string, from: From) =>
      fetch(`${context.base}/api/users/${context.sessions.learner.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: context.sessions.learner.cookie, ...from(context) },
        body: JSON.stringify({ name }),
      })

    const currentName = async () => {
      const response = await fetch(`${context.base}/api/users/${context.sessions.learner.id}?depth=0`, {
        headers: withJwt(context.sessions.learner),
      })
      return ((await response.json()) as { name: string }).name
    }

    test.each(Object.entries(accepted))('a cookie-authenticated write from %s is accepted', async (origin, from) => {
      const name = `Renamed from ${origin}`
      expect((await renameWithCookie(name, from)).status).toBe(200)
      expect(await currentName()).toBe(name)
    })

    test.each(Object.entries(refused))(
      'a cookie-authenticated write from %s is refused and changes nothing',
      async (origin, from) => {
        const before = await currentName()
        expect((await renameWithCookie(`Renamed from ${origin}`, from)).status).toBe(403)
        expect(await currentName()).toBe(before)
      },
    )

    test('CORS allows credentials for a trusted origin and for no other', async () => {
      const preflight = (origin: string) =>
        fetch(`${context.base}/api/users/me`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'PATCH' },
        })
      const partner = await preflight(context.trusted)
      expect(partner.headers.get('access-control-allow-origin')).toBe(context.trusted)
      expect(partner.headers.get('access-control-allow-credentials')).toBe('true')
      const stranger = await preflight('https://elsewhere.example.net')
      expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
      expect(stranger.headers.get('access-control-allow-credentials')).toBeNull()
    })
  })
