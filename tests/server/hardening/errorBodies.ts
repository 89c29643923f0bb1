import { describe, expect, test } from 'vitest'

import { rawHttp } from '../../helpers/rawHttp'
import { withJwt, type HardeningContext } from './context'

/** Traces and source locations: a frame (`at fn (…)`), a file with a line number, or the checkout's path. */
const leaks = [
  /"stack"/,
  /\bat \S+ \(/,
  /\.(ts|js|mjs|tsx):\d+/,
  /node_modules/,
  new RegExp(process.cwd().replace(/[/\\.]/g, '\\$&')),
]

type Failure = {
  path: string
  status: number | 'a server fault'
  method?: string
  body?: string
  chunked?: boolean
  asLearner?: boolean
}

const failures: Record<string, Failure> = {
  'an unknown id (404)': { path: '/api/courses/999999', status: 404 },
  'an unknown API route (404)': { path: '/api/no-such-route', status: 404 },
  'a query on a field that does not exist (400)': { path: '/api/courses?where[no-such-field][equals]=1', status: 400 },
  'an unknown locale (400)': { path: '/api/courses?locale=xx', status: 400 },
  'a body that is not JSON (400)': { path: '/api/users/login', method: 'POST', body: '{"email": ', status: 400 },
  'an anonymous read of forum posts (403)': { path: '/api/posts', status: 403 },
  'a learner creating a course (403)': {
    path: '/api/courses',
    method: 'POST',
    body: '{"title":"x"}',
    asLearner: true,
    status: 403,
  },
  'a body without a declared length (411)': {
    path: '/api/users/login',
    method: 'POST',
    body: '{}',
    chunked: true,
    status: 411,
  },
  // The database cannot look a word up as a numeric id; whatever the answer, it must not show the fault.
  'an id that is not a number': { path: '/api/courses/not-a-number', status: 'a server fault' },
}

export const describeErrorBodies = (context: HardeningContext) =>
  describe('errors are JSON messages without stack traces', () => {
    test.each(Object.entries(failures))('%s', async (_, failure) => {
      const { status, headers, text } = await rawHttp({
        url: `${context.base}${failure.path}`,
        method: failure.method ?? 'GET',
        headers: {
          'content-type': 'application/json',
          ...(failure.asLearner ? withJwt(context.sessions.learner) : {}),
        },
        body: failure.body,
        chunked: failure.chunked,
      })
      if (failure.status === 'a server fault') expect(status).toBeGreaterThanOrEqual(400)
      else expect(status).toBe(failure.status)
      expect(headers['content-type']).toMatch(/^application\/json/)
      const json = JSON.parse(text) as { message?: string; errors?: { message: string }[] }
      expect(
        [json.message, ...(json.errors ?? []).map((error) => error.message)].filter(Boolean).length,
      ).toBeGreaterThan(0)
      for (const leak of leaks) expect(text).not.toMatch(leak)
    })
  })
