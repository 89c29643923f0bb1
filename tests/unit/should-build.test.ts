import { describe, expect, test } from 'vitest'

import { shouldBuild } from '../../cms/publishing/shouldBuild'

describe('shouldBuild waits for a quiet moment after the last request, then builds once', () => {
  const now = new Date('2026-11-23T12:00:10Z')
  test.each([
    ['nothing requested', null, null, false],
    ['requested 5 s ago, never built', '2026-11-23T12:00:05Z', null, true],
    ['requested 1 s ago: more publishes may follow', '2026-11-23T12:00:09Z', null, false],
    ['requested before the last build started', '2026-11-23T11:59:00Z', '2026-11-23T11:59:30Z', false],
    ['requested again during the last build', '2026-11-23T12:00:00Z', '2026-11-23T11:59:30Z', true],
  ])('%s', (_, requestedAt, buildStartedAt, expected) => {
    expect(shouldBuild({ requestedAt, buildStartedAt, now, quietMs: 2000 })).toBe(expected)
  })
})
