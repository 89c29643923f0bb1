import type { SanitizedConfig } from 'payload'
import { describe, expect, test } from 'vitest'

import { accessProblems, declaredAccessOf } from '../../cms/access/enforceDeclaredAccess'

const allowed = () => true
const payloadDefault = () => true

/** A resolved config with one collection, as Payload leaves it after filling in its defaults. */
const resolvedWith = (access: Record<string, unknown>, fields: unknown[] = []) =>
  ({ collections: [{ slug: 'notes', access, fields }], globals: [] }) as unknown as SanitizedConfig

const complete = {
  read: allowed,
  create: allowed,
  update: allowed,
  delete: allowed,
  readVersions: allowed,
  unlock: allowed,
  admin: allowed,
}

describe('deny by default, by construction', () => {
  const declared = declaredAccessOf({ collections: [{ slug: 'notes', access: complete, fields: [] }], globals: [] })

  test('a collection that declares every access function passes', () => {
    expect(accessProblems(resolvedWith(complete), declared).filter((problem) => !problem.includes('payload'))).toEqual(
      [],
    )
  })

  test('one left out is named (Payload would let any signed-in user through)', () => {
    const { readVersions: _left, ...partial } = complete
    expect(accessProblems(resolvedWith(partial), declared)).toContain(
      'collection notes: access.readVersions is not declared',
    )
  })

  test('one filled in by Payload’s defaults is named too', () => {
    expect(accessProblems(resolvedWith({ ...complete, unlock: payloadDefault }), declared)).toContain(
      "collection notes: access.unlock is Payload's default, not one the platform declared",
    )
  })

  test('a field that restricts reading must say who writes it', () => {
    const fields = [{ name: 'secret', type: 'text', access: { read: allowed } }]
    expect(accessProblems(resolvedWith(complete, fields), declared)).toEqual([
      'collection notes field secret: access.create is not declared',
      'collection notes field secret: access.update is not declared',
    ])
  })
})
