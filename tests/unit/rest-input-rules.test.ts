import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'

import { dataErrors } from '../../cms/hooks/restInput/dataErrors'
import { queryErrors } from '../../cms/hooks/restInput/queryErrors'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'capacity', type: 'number' },
  { name: 'online', type: 'checkbox' },
  { name: 'startsAt', type: 'date' },
  { type: 'row', fields: [{ name: 'level', type: 'select', options: ['a', 'b'] }] },
  { name: 'consent', type: 'group', fields: [{ name: 'newsletter', type: 'checkbox' }] },
  { name: 'cohorts', type: 'array', fields: [{ name: 'name', type: 'text' }] },
]

describe('dataErrors names what submitted data gets wrong', () => {
  test.each([
    [{ title: 'Fine', capacity: 3, online: true, startsAt: '2030-01-01', level: 'a' }, []],
    [{ capacity: '12' }, []],
    [{ colour: 'red' }, ['Unknown field: colour.']],
    [{ consent: { newsletter: true, spam: true } }, ['Unknown field: consent.spam.']],
    [{ cohorts: [{ id: 'x', name: 'A' }, { name: 'B', size: 2 }] }, ['Unknown field: cohorts.1.size.']],
    [{ capacity: 'lots' }, ['capacity must be a number.']],
    [{ online: 'yes' }, ['online must be true or false.']],
    [{ title: 42 }, ['title must be text.']],
    [{ startsAt: 'someday' }, ['startsAt must be a date.']],
    [{ _status: 'published', id: 1, password: 'x' }, []],
  ])('%j → %j', (data, expected) => {
    expect(dataErrors(data, fields)).toEqual(expected)
  })
})

describe('queryErrors names what a query string gets wrong', () => {
  const check = (query: string, where?: unknown) =>
    queryErrors({ searchParams: new URLSearchParams(query), query: where === undefined ? {} : { where }, sortable: new Set(['title', 'id']) })

  test.each([
    ['locale=fr&limit=10&page=2&depth=1&sort=-title', []],
    ['locale=all', []],
    ['locale=de', ['Unknown locale "de". Use one of en, fr, es, ar, ru, zh or all.']],
    ['limit=1.5', ['limit must be a whole number from 0 to 1000.']],
    ['limit=5000', ['limit must be a whole number from 0 to 1000.']],
    ['sort=price', ['Cannot sort by "price".']],
  ])('%s → %j', (query, expected) => {
    expect(check(query)).toEqual(expected)
  })

  test.each([
    [{ title: { equals: 'x' } }, []],
    [{ or: [{ title: { equals: 'x' } }, { id: { in: [1] } }] }, []],
    [{ title: 'x' }, ['Malformed where: where.title needs an operator, e.g. where[title][equals]=….']],
    [{ and: 'x' }, ['Malformed where: where.and must be a list of conditions.']],
    [{ or: [{ title: 'x' }] }, ['Malformed where: where.or[0].title needs an operator, e.g. where.or[0][title][equals]=….']],
  ])('where %j → %j', (where, expected) => {
    expect(check('', where)).toEqual(expected)
  })
})
