import { describe, expect, test } from 'vitest'

import { planBuild, type BuildInputs } from '../../cms/publishing/incremental/plan'

const snapshot = (overrides: Partial<BuildInputs['snapshot']> = {}): BuildInputs['snapshot'] => ({
  themes: '[{"id":"t"}]',
  courses: '[]',
  lessons: '[]',
  resources: JSON.stringify([
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ]),
  events: JSON.stringify([
    { id: 'past', endsAt: '2026-01-01T00:00:00Z' },
    { id: 'soon', endsAt: '2026-06-01T12:00:00Z' },
  ]),
  experts: '[]',
  communities: '[]',
  settings: '[{"id":"site"}]',
  ...overrides,
})
const inputs = (
  overrides: Partial<BuildInputs['snapshot']> = {},
  builtAt = '2026-05-01T00:00:00Z',
  sourceHash = 'code-1',
): BuildInputs => ({
  snapshot: snapshot(overrides),
  sourceHash,
  builtAt: new Date(builtAt),
})

describe('planning a portal build', () => {
  test('the first build, new code, or a change to shared content builds in full', () => {
    expect(planBuild({ previous: null, next: inputs() })).toEqual({
      mode: 'full',
      reason: 'no earlier build to start from',
    })
    expect(planBuild({ previous: inputs(), next: inputs({}, undefined, 'code-2') })).toEqual({
      mode: 'full',
      reason: 'the site code changed',
    })
    expect(planBuild({ previous: inputs(), next: inputs({ themes: '[{"id":"u"}]', settings: '[]' }) })).toEqual({
      mode: 'full',
      reason: 'themes, settings changed',
    })
  })

  test('nothing changed: every resource and event page is carried over', () => {
    expect(planBuild({ previous: inputs(), next: inputs() })).toEqual({
      mode: 'partial',
      render: { resources: [], events: [] },
      reuse: { resources: ['a', 'b'], events: ['past', 'soon'] },
    })
  })

  test('a changed and an added resource are rendered; a removed one is neither rendered nor carried over', () => {
    const next = inputs({
      resources: JSON.stringify([
        { id: 'a', title: 'A, renamed' },
        { id: 'c', title: 'C' },
      ]),
    })
    expect(planBuild({ previous: inputs(), next })).toMatchObject({
      mode: 'partial',
      render: { resources: ['a', 'c'] },
      reuse: { resources: [] },
    })
  })

  test('an event that ended since the last build is rendered again (its page says it is over)', () => {
    const plan = planBuild({ previous: inputs(), next: inputs({}, '2026-06-02T00:00:00Z') })
    expect(plan).toMatchObject({ mode: 'partial', render: { events: ['soon'] }, reuse: { events: ['past'] } })
  })
})
