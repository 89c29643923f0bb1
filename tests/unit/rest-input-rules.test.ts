import type { Field } from 'payload'
import * as qs from 'qs-esm'
import { describe, expect, test } from 'vitest'

import {
  bodyEncodingOf,
  encodingRefusal,
  jsonBodyRefusal,
  jsonTextRefusal,
  multipartTextRefusal,
} from '../../cms/hooks/restInput/bodyErrors'
import { dataErrors } from '../../cms/hooks/restInput/dataErrors'
import { isPossibleId } from '../../cms/hooks/restInput/idTypes'
import { queryErrors } from '../../cms/hooks/restInput/queryErrors'
import { queryStringErrors } from '../../cms/hooks/restInput/queryStringErrors'
import { maxJsonDepth, unstorableJsonError } from '../../cms/hooks/restInput/unstorableText'
import { whereErrors, whereLimits, type FieldAt, type QueryableField } from '../../cms/hooks/restInput/whereErrors'

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
    [
      {
        cohorts: [
          { id: 'x', name: 'A' },
          { name: 'B', size: 2 },
        ],
      },
      ['Unknown field: cohorts.1.size.'],
    ],
    [{ capacity: 'lots' }, ['capacity must be a number.']],
    [{ online: 'yes' }, ['online must be true or false.']],
    [{ title: 42 }, ['title must be text.']],
    [{ startsAt: 'someday' }, ['startsAt must be a date.']],
    [{ _status: 'published', id: 1, password: 'x' }, []],
  ])('%j → %j', (data, expected) => {
    expect(dataErrors(data, fields)).toEqual(expected)
  })
})

/** What the where checks know of a small collection. */
const knownFields: Record<string, QueryableField> = {
  title: { kind: 'text' },
  id: { kind: 'id', idType: 'number' },
  theme: { kind: 'id', idType: 'number' },
  capacity: { kind: 'number' },
  startsAt: { kind: 'date' },
  online: { kind: 'boolean' },
  level: { kind: 'choice', options: ['a', 'b'] },
  body: { kind: 'json' },
}
const fieldOf: FieldAt = (path) => knownFields[path]

describe('queryErrors names what a query string gets wrong', () => {
  const check = (search: string) => queryErrors({ search, sortable: new Set(['title', 'id']), fieldAt: fieldOf })
  const where = (value: unknown) => check(qs.stringify({ where: value }))

  test.each([
    ['locale=fr&limit=10&page=2&depth=1&sort=-title', []],
    ['locale=all', []],
    ['fallback-locale=null', []],
    ['fallback-locale=none&draft=true&pagination=false', []],
    ['locale=de', ['Unknown locale "de". Use one of en, fr, es, ar, ru, zh or all.']],
    ['fallback-locale=klingon', ['Unknown fallback-locale "klingon". Use one of en, fr, es, ar, ru, zh, or none.']],
    ['fallbackLocale=xx', ['Unknown fallbackLocale "xx". Use one of en, fr, es, ar, ru, zh, or none.']],
    ['limit=1.5', ['limit must be a whole number from 0 to 1000.']],
    ['limit=5000', ['limit must be a whole number from 0 to 1000.']],
    ['limit=', ['limit must be a whole number from 0 to 1000.']],
    ['limit[x]=1', ['limit must be a whole number from 0 to 1000.']],
    ['draft=maybe', ['draft must be true or false.']],
    ['sort=price', ['Cannot sort by "price".']],
    ['sort[0]=-price', ['Cannot sort by "-price".']],
    ['where=nonsense', ['where given as one value must be a JSON object, e.g. where={"title":{"equals":"x"}}.']],
    ['where={"title":"x"}', ['Malformed where: where.title needs an operator, e.g. where[title][equals]=….']],
    ['data=[1]', ['data given as one value must be a JSON object, e.g. data={"title":{"equals":"x"}}.']],
  ])('%s → %j', (search, expected) => {
    expect(check(search)).toEqual(expected)
  })

  test.each([
    [{ title: { equals: 'x' } }, []],
    [{ or: [{ title: { equals: 'x' } }, { id: { in: [1] } }] }, []],
    [{ title: 'x' }, ['Malformed where: where.title needs an operator, e.g. where[title][equals]=….']],
    [{ and: 'x' }, ['Malformed where: where.and must be a list of conditions.']],
    [
      { or: [{ title: 'x' }] },
      ['Malformed where: where.or[0].title needs an operator, e.g. where.or[0][title][equals]=….'],
    ],
  ])('where %j → %j', (value, expected) => {
    expect(where(value)).toEqual(expected)
  })
})

describe('whereErrors refuses values a field cannot hold and queries too large to run', () => {
  const check = (where: Record<string, unknown>) =>
    whereErrors(where, { fieldAt: fieldOf, unsupportedOperators: new Set(['all']) })

  test.each([
    [{ id: { in: '1,2,3' } }],
    [{ id: { not_equals: '' } }],
    [{ theme: { equals: 'null' } }],
    [{ body: { exists: 'true' }, level: { equals: null } }],
    [{ startsAt: { greater_than: '2030-01-01T10:00:00Z' } }],
    [{ capacity: { less_than_equal: '12.5' } }],
    [{ online: { equals: 'false' } }],
    [{ level: { in: ['a', 'b'] } }],
    [{ title: { like: 'counter terrorism travel' }, unknownPath: { equals: 'left to Payload' } }],
  ])('accepts %j', (where) => {
    expect(check(where)).toEqual([])
  })

  test.each([
    [{ id: { in: 'a,b' } }, 'where.id.in "a" is not an id: ids here are whole numbers'],
    [{ id: { equals: '1e999' } }, 'where.id.equals "1e999" is not an id'],
    [{ id: { equals: '99999999999' } }, 'is not an id'],
    [{ startsAt: { greater_than: 'notadate' } }, 'where.startsAt.greater_than "notadate" is not a date'],
    [{ startsAt: { equals: '+010000-01-01' } }, 'is not a date'],
    [{ capacity: { equals: 'many' } }, 'where.capacity.equals "many" is not a number'],
    [{ online: { equals: 'yes' } }, 'where.online.equals "yes" is not true or false'],
    [{ level: { equals: 'c' } }, 'where.level.equals "c" is not one of a, b'],
    [{ level: { not_equals: 'null' } }, 'where.level.not_equals "null" is not one of a, b'],
    [{ online: { equals: '' } }, 'where.online.equals "" is not true or false'],
    [
      { body: { equals: 'x' } },
      'where.body.equals cannot be compared: rich text and JSON fields are tested with exists only',
    ],
    [{ title: { near: '1,2' } }, 'where.title.near works on point fields only'],
    [{ capacity: { like: '1' } }, 'where.capacity.like works on text fields only'],
    [{ title: { exists: 'maybe' } }, 'where.title.exists must be true or false'],
    [{ title: { equals: { nested: 'x' } } }, 'where.title.equals must be a single value'],
    [{ title: { bogus: 'x' } }, 'where.title.bogus is not an operator here'],
    [{ id: { all: '1' } }, 'where.id.all is not an operator here'],
    [
      { title: { equals: 'x'.repeat(whereLimits.valueLength + 1) } },
      `is longer than ${whereLimits.valueLength} characters`,
    ],
    [{ title: { like: Array.from({ length: 2000 }, (_, index) => `w${index}`).join(' ') } }, 'has more than 20 words'],
    [
      { id: { in: Array.from({ length: whereLimits.listItems + 1 }, (_, index) => index + 1).join(',') } },
      'lists more than 1000 values',
    ],
    [
      { or: Array.from({ length: whereLimits.conditions + 1 }, () => ({ title: { equals: 'x' } })) },
      'where has more than 100 conditions',
    ],
    [
      { or: Array.from({ length: 6 }, () => ({ title: { like: Array(20).fill('word').join(' ') } })) },
      'where has more than 100 conditions',
    ],
    [{ or: [{ or: [{ or: [{ or: [{ or: [{ or: [{ title: { equals: 'x' } }] }] }] }] }] }] }, 'more than 5 levels deep'],
  ])('refuses %j', (where, message) => {
    expect(check(where).join(' ')).toContain(message)
  })
})

describe('queryStringErrors reads the raw query string', () => {
  test.each([
    ['?locale=fr&where[title][like]=caf%C3%A9+bar', []],
    ['?where[id][in][]=1&where[id][in][]=2', []],
    ['?limit=1&limit=2', ['The query parameter "limit" is given more than once; give it once.']],
    [
      '?where%5Btitle%5D%5Bequals%5D=a&where[title][equals]=b',
      ['The query parameter "where[title][equals]" is given more than once; give it once.'],
    ],
    ['?q=%ff', ['The query string is not valid percent-encoded UTF-8 near "q=%ff".']],
    ['?q=50%', ['The query string is not valid percent-encoded UTF-8 near "q=50%".']],
    ['?q=%ED%A0%80', ['The query string is not valid percent-encoded UTF-8 near "q=%ED%A0%80".']],
    ['?q=a%00b', ['The query parameter "q" contains a NUL character (\\u0000).']],
  ])('%s → %j', (search, expected) => {
    expect(queryStringErrors(search)).toEqual(expected)
  })
})

describe('the body checks take JSON objects in UTF-8 and multipart uploads, nothing else', () => {
  test.each([
    ['application/json', 'json'],
    ['application/json; charset=utf-8', 'json'],
    ['application/json;charset="UTF-8"', 'json'],
    ['application/json; charset=latin1', 'other'],
    ['Application/JSON', 'other'],
    ['multipart/form-data; boundary=x', 'multipart'],
    ['application/x-www-form-urlencoded', 'form'],
    ['text/plain', 'other'],
    [null, 'other'],
  ])('%s is read as %s', (contentType, encoding) => {
    expect(bodyEncodingOf(contentType)).toBe(encoding)
  })

  test('a form body is only taken as a query sent with the method override, and a query only as a form', () => {
    expect(
      encodingRefusal({ encoding: 'form', contentType: 'application/x-www-form-urlencoded', queryInBody: false })
        ?.status,
    ).toBe(415)
    expect(
      encodingRefusal({ encoding: 'form', contentType: 'application/x-www-form-urlencoded', queryInBody: true }),
    ).toBeNull()
    expect(encodingRefusal({ encoding: 'json', contentType: 'application/json', queryInBody: true })?.status).toBe(415)
    expect(
      encodingRefusal({ encoding: 'other', contentType: 'application/xml', queryInBody: false })?.message,
    ).toContain('"application/xml"')
  })

  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))))

  test.each([
    [bytes('{"name":"Zoë 张"}'), null],
    [
      bytes('{"name":"a', [0xff, 0xfe, 0xc3, 0x28], '"}'),
      'The body is not valid UTF-8 text; JSON must be sent as UTF-8.',
    ],
    [bytes('null'), 'The body must be a JSON object ({…}), not null.'],
    [bytes('[1]'), 'The body must be a JSON object ({…}), not a list.'],
    [bytes('"x"'), 'The body must be a JSON object ({…}), not string.'],
    [bytes('{"title": '), 'The body is not valid JSON.'],
    [bytes('{"body":"cut\\u0000short"}'), 'body.body contains a NUL character (\\u0000).'],
    [bytes('{"a\\u0000":1}'), 'body: a key contains a NUL character (\\u0000).'],
    [bytes('{"title":"\\ud800"}'), 'body.title contains an unpaired UTF-16 surrogate (not valid Unicode text).'],
  ])('%s', (body, message) => {
    expect(jsonBodyRefusal(body)?.message ?? null).toBe(message)
  })

  test('the text fields of a multipart body must be UTF-8; its files may hold any bytes', () => {
    const part = (headers: string, content: Buffer) =>
      Buffer.concat([Buffer.from(`--b\r\n${headers}\r\n\r\n`), content, Buffer.from('\r\n')])
    const body = (...parts: Buffer[]) => new Uint8Array(Buffer.concat([...parts, Buffer.from('--b--\r\n')]))
    const field = (name: string, content: Buffer) => part(`Content-Disposition: form-data; name="${name}"`, content)
    const file = part(
      'Content-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: image/png',
      Buffer.from([0xff, 0xd8, 0x00]),
    )
    const contentType = 'multipart/form-data; boundary=b'
    expect(multipartTextRefusal(body(field('_payload', Buffer.from('{"name":"Zoë"}')), file), contentType)).toBeNull()
    const bad = field(
      '_payload',
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]),
    )
    expect(multipartTextRefusal(body(file, bad), contentType)?.message).toBe(
      'The multipart field "_payload" is not valid UTF-8 text.',
    )
    expect(multipartTextRefusal(body(file), 'multipart/form-data')?.message).toBe(
      'The multipart/form-data body has no boundary.',
    )
  })

  test('a multipart _payload gets the same checks as a JSON body', () => {
    expect(jsonTextRefusal('{"title":"ok"}', '_payload')).toBeNull()
    expect(jsonTextRefusal('{"title":"a\\u0000"}', '_payload')?.message).toBe(
      '_payload.title contains a NUL character (\\u0000).',
    )
  })

  test('nesting is limited, text in lists is checked too', () => {
    const deep = JSON.parse(`${'['.repeat(maxJsonDepth + 1)}${']'.repeat(maxJsonDepth + 1)}`)
    expect(unstorableJsonError({ deep }, 'body')).toContain(`nests deeper than ${maxJsonDepth} levels`)
    expect(unstorableJsonError({ list: ['fine', 'bad\u0000'] }, 'body')).toBe(
      'body.list[1] contains a NUL character (\\u0000)',
    )
  })
})

describe('isPossibleId knows the ids each database gives', () => {
  test.each([
    ['12', 'number', true],
    ['0', 'number', true],
    ['abc', 'number', false],
    ['1e3', 'number', false],
    ['1abc', 'number', false],
    ['2147483648', 'number', false],
    ['65a1f0c2e4b0a1b2c3d4e5f6', 'objectId', true],
    ['12', 'objectId', false],
  ] as const)('%s is %s: %s', (value, idType, expected) => {
    expect(isPossibleId(value, idType)).toBe(expected)
  })
})
