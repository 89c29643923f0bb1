import { describe, expect, test } from 'vitest'

import { zonedDateTime } from '../../cms/seed/zonedTime'

describe('zonedDateTime turns a wall-clock time in a time zone into a UTC instant', () => {
  const from = new Date('2026-03-10T12:00:00Z')
  test.each([
    ['UTC', 0, '10:00', '2026-03-10T10:00:00.000Z'],
    ['Africa/Nairobi', 0, '14:00', '2026-03-10T11:00:00.000Z'],
    ['America/New_York', 0, '09:30', '2026-03-10T13:30:00.000Z'],
    ['America/New_York', -30, '09:30', '2026-02-08T14:30:00.000Z'],
    ['Asia/Kolkata', 1, '18:00', '2026-03-11T12:30:00.000Z'],
    ['Europe/Vienna', 20, '08:00', '2026-03-30T06:00:00.000Z'],
  ])('%s, %i days on, at %s', (timeZone, days, time, expected) => {
    expect(zonedDateTime({ days, time, timeZone, from }).toISOString()).toBe(expected)
  })
})
