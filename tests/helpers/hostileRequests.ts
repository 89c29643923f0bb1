import fc from 'fast-check'
import type { Payload } from 'payload'
import { validOperators } from 'payload/shared'
import * as qs from 'qs-esm'

/** Who sends a request in the property tests. */
export type Sender = 'anonymous' | 'learner' | 'admin'

/** One generated request to the REST API. */
export type HostileRequest = {
  sender: Sender
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array<ArrayBuffer> | FormData
}

/** The REST surface the requests aim at, and ids of rows that may be read and changed. */
export type Surface = { payload: Payload; changeableIds: Record<string, (number | string)[]> }

const hostileTexts = [
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1.5',
  '1e999',
  'NaN',
  'Infinity',
  '0x1F',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  '%',
  '%25',
  '%00',
  '\u0000',
  '\ud800',
  '\udfff',
  '💥',
  '\u202e',
  '<script>',
  '../..',
  'a,b',
  '2030-02-30',
  '+010000-01-01',
  '9999999999999999999999',
]

/** Text a client might send by mistake or on purpose: short, any Unicode, hostile values. */
const smallText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...hostileTexts),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
)

/** Now and then a value far too large: a long string, thousands of words. */
const hugeText = fc.oneof(
  fc.integer({ min: 400, max: 20_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 15, max: 3000 }).map((words) => Array.from({ length: words }, (_, index) => `w${index}`).join(' ')),
)

export const junkText = fc.oneof({ arbitrary: smallText, weight: 20 }, { arbitrary: hugeText, weight: 1 })

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junkText, weight: 6 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: fc.oneof(fc.double(), fc.boolean(), fc.constant(null)), weight: 2 },
  { arbitrary: fc.array(smallText, { maxLength: 4 }), weight: 2 },
  { arbitrary: fc.dictionary(smallText, smallText, { maxKeys: 3 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
)

/** Values that fit some field: what a real client filters with. */
const plausibleValue = fc.oneof(
  fc.constantFrom(
    'x',
    'Course',
    'true',
    'false',
    'null',
    '',
    'open',
    'published',
    'draft',
    'learner',
    'en',
    '2030-01-01',
    '2030-01-01T10:00:00Z',
  ),
  fc.nat(50).map(String),
  fc.array(fc.nat(50).map(String), { minLength: 1, maxLength: 3 }).map((ids) => ids.join(',')),
)

/** A `where` over these field names (and others), nested with and/or; `hostile` lets anything in. */
const whereOf = (names: string[], hostile: boolean) =>
  fc.letrec<{ where: Record<string, unknown>; condition: Record<string, unknown> }>((tie) => ({
    condition: fc.dictionary(
      hostile ? fc.oneof(fc.constantFrom(...names), smallText) : fc.constantFrom(...names),
      hostile
        ? fc.oneof(
            fc.dictionary(fc.oneof(fc.constantFrom(...validOperators), smallText), junkValue, {
              minKeys: 1,
              maxKeys: 2,
            }),
            junkValue,
          )
        : fc.dictionary(fc.constantFrom(...validOperators), plausibleValue, { minKeys: 1, maxKeys: 1 }),
      { minKeys: 1, maxKeys: 2 },
    ),
    where: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: tie('condition'), weight: 4 },
      { arbitrary: fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }), weight: 1 },
      { arbitrary: fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }), weight: 1 },
    ),
  })).where

/** Far too many conditions, or nested far too deep. */
const oversizedWhere = (names: string[]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...names), fc.integer({ min: 90, max: 400 })).map(([name, count]) => ({
      or: Array.from({ length: count }, (_, index) => ({ [name]: { equals: String(index) } })),
    })),
    fc.tuple(fc.constantFrom(...names), fc.integer({ min: 4, max: 12 })).map(([name, depth]) => {
      let where: Record<string, unknown> = { [name]: { equals: 'x' } }
      for (let level = 0; level < depth; level += 1) where = { and: [where] }
      return where
    }),
  )

const paramNames = [
  'limit',
  'page',
  'depth',
  'sort',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'draft',
  'trash',
  'pagination',
  'select',
  'populate',
  'joins',
  'data',
  'where',
  'autosave',
  'overrideLock',
  'flattenLocales',
]

/** Query parameters a real client sends, with values that are right or nearly right. */
const plausibleParam = (names: string[]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom('limit', 'page', 'depth'), fc.integer({ min: -2, max: 1200 }).map(String)),
    fc.tuple(
      fc.constant('sort'),
      fc.tuple(fc.constantFrom('', '-'), fc.constantFrom(...names)).map(([sign, name]) => sign + name),
    ),
    fc.tuple(
      fc.constantFrom('locale', 'fallback-locale'),
      fc.constantFrom('en', 'fr', 'ar', 'zh', 'all', 'none', 'null', 'xx'),
    ),
    fc.tuple(fc.constantFrom('draft', 'trash', 'pagination'), fc.constantFrom('true', 'false')),
    fc.tuple(
      fc.constant('select'),
      fc.dictionary(fc.constantFrom(...names), fc.constantFrom('true', 'false'), { maxKeys: 2 }),
    ),
  )

/** Breaks percent-encoding the ways clients and attackers do. */
const mangle = (text: string, how: number) =>
  ['%', '%zz', '%ff', '%00', '%ED%A0%80', '%C3', '+', '&', '=', '#', '[', ']'][how % 12] + text

const rawEncoded = (text: string) => {
  try {
    return encodeURIComponent(text)
  } catch {
    return text // a lone surrogate: sent as it is, for the URL parser to deal with
  }
}

/**
 * A query string: none, a plausible one, or a hostile one (random parameters, repeated ones,
 * broken encodings, an oversized where).
 */
const queryOf = (names: string[]) => {
  const hostile = fc
    .record({
      params: fc.array(
        fc.oneof(plausibleParam(names), fc.tuple(fc.oneof(fc.constantFrom(...paramNames), smallText), junkValue)),
        { maxLength: 4 },
      ),
      where: fc.option(
        fc.oneof({ arbitrary: whereOf(names, true), weight: 4 }, { arbitrary: oversizedWhere(names), weight: 1 }),
      ),
      whereAsJson: fc.boolean(),
      encodeBrackets: fc.boolean(),
      repeat: fc.option(fc.nat()),
      mangle: fc.option(fc.tuple(fc.nat(), fc.nat()), { freq: 4 }),
    })
    .map(({ params, where, whereAsJson, encodeBrackets, repeat, mangle: broken }) => {
      const parts = params.map(
        ([name, value]) => qs.stringify({ [name]: value }, { encode: encodeBrackets }) || `${rawEncoded(name)}=`,
      )
      if (where)
        parts.push(
          whereAsJson
            ? `where=${rawEncoded(JSON.stringify(where))}`
            : qs.stringify({ where }, { encode: encodeBrackets }),
        )
      if (repeat !== null && parts.length > 0) parts.push(parts[repeat % parts.length]!)
      if (broken && parts.length > 0)
        parts[broken[0] % parts.length] = mangle(parts[broken[0] % parts.length]!, broken[1])
      return parts.filter(Boolean).join('&')
    })
  const plausible = fc
    .tuple(fc.array(plausibleParam(names), { maxLength: 3 }), fc.option(whereOf(names, false)))
    .map(([params, where]) => qs.stringify({ ...Object.fromEntries(params), ...(where ? { where } : {}) }))
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 2 },
    { arbitrary: plausible, weight: 3 },
    { arbitrary: hostile, weight: 3 },
  )
}

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=broken',
  'application/octet-stream',
  '',
  'garbage',
]

const invalidUtf8 = [[0xff, 0xfe, 0xc3, 0x28], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]]

/** A JSON-ish document: random JSON, the collection's fields with values of every kind, deep nesting. */
const documentOf = (names: string[]) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc
      .dictionary(fc.oneof(fc.constantFrom(...names), smallText), junkValue, { maxKeys: 6 })
      .map((value) => JSON.stringify(value)),
    fc
      .dictionary(fc.oneof(fc.constantFrom(...names), smallText), junkValue, { maxKeys: 6 })
      .map((value) => JSON.stringify(value)),
    fc.dictionary(fc.constantFrom(...names), plausibleValue, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
    fc.integer({ min: 50, max: 5000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    fc.constantFrom(
      'null',
      '[]',
      '"x"',
      '1',
      '',
      '{"title": ',
      '{}',
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
    ),
    fc.constantFrom(...names).map((name) => `{"${name}":"${'x'.repeat(200_000)}"}`),
    fc.constantFrom(...names).map((name) => `{"${name}":"cut\\u0000short"}`),
    fc.constantFrom(...names).map((name) => `{"${name}":"\\ud800"}`),
  )

/** A body and the headers it comes with: every encoding, invalid UTF-8 bytes, multipart with or without _payload. */
const bodyOf = (names: string[]) =>
  fc
    .record({
      document: documentOf(names),
      contentType: fc.constantFrom(...contentTypes),
      shape: fc.nat(9),
      at: fc.nat(),
      bad: fc.constantFrom(...invalidUtf8),
    })
    .map(({ document, contentType, shape, at, bad }): Pick<HostileRequest, 'headers' | 'body'> => {
      if (shape === 0) {
        const form = new FormData()
        form.set('_payload', document)
        return { headers: {}, body: form }
      }
      if (shape === 1) {
        const form = new FormData()
        form.set('file', new Blob([document], { type: 'text/plain' }), 'notes.txt')
        return { headers: {}, body: form }
      }
      if (shape === 2) {
        const bytes = Buffer.from(document)
        const cut = bytes.length === 0 ? 0 : at % bytes.length
        return {
          headers: { 'content-type': contentType },
          body: new Uint8Array(Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)])),
        }
      }
      if (shape === 3) {
        // A multipart body written by hand: a _payload with bytes that are not UTF-8, now and then
        // without its closing delimiter.
        const bytes = Buffer.from(document)
        const cut = bytes.length === 0 ? 0 : at % bytes.length
        const field = Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)])
        const head = Buffer.from('--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n')
        const tail = Buffer.from(at % 2 === 0 ? '\r\n--b--\r\n' : '')
        return {
          headers: { 'content-type': 'multipart/form-data; boundary=b' },
          body: new Uint8Array(Buffer.concat([head, field, tail])),
        }
      }
      return { headers: contentType ? { 'content-type': contentType } : {}, body: document }
    })

const hostileIds = [
  'abc',
  '1e999',
  '-1',
  '0x10',
  ' 1',
  '1abc',
  '99999999999',
  '1.5',
  '%00',
  '..',
  'count',
  'versions',
  '__proto__',
  'constructor',
  '65a1f0c2e4b0a1b2c3d4e5f6',
  'x'.repeat(3000),
  '💥',
  '%E0%A4%A',
  '999999',
]

/** The routes of one collection: find, count, findByID, create, update, delete, versions. */
const collectionRoutes = (slug: string, changeable: (number | string)[], names: string[]) => {
  const id = fc.oneof(
    fc.constantFrom(...hostileIds),
    smallText.map(rawEncoded),
    ...(changeable.length > 0 ? [fc.constantFrom(...changeable.map(String))] : []),
  )
  const hostileId = fc.oneof(fc.constantFrom(...hostileIds), smallText.map(rawEncoded))
  // Bulk updates and deletes also require id 0, which no row has: a where that happens to be valid changes nothing.
  const bulkQuery = fc
    .tuple(queryOf(names), fc.boolean())
    .map(([query, asJson]) => (asJson ? `${query}&where={"id":{"equals":0}}` : `${query}&where[and][99][id][equals]=0`))
  return fc.oneof(
    fc.record({ method: fc.constant('GET'), path: fc.constant(`/${slug}`), query: queryOf(names) }),
    fc.record({ method: fc.constant('GET'), path: fc.constant(`/${slug}/count`), query: queryOf(names) }),
    fc.record({ method: fc.constant('GET'), path: id.map((value) => `/${slug}/${value}`), query: queryOf(names) }),
    fc.record({
      method: fc.constant('GET'),
      path: fc.constant(`/${slug}/versions`),
      query: queryOf([...names.map((name) => `version.${name}`), 'parent', 'latest']),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: id.map((value) => `/${slug}/versions/${value}`),
      query: queryOf(names),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant(`/${slug}`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
    fc.record({
      method: fc.constant('PATCH'),
      path: id.map((value) => `/${slug}/${value}`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
    fc.record({ method: fc.constant('PATCH'), path: fc.constant(`/${slug}`), query: bulkQuery, body: bodyOf(names) }),
    fc.record({
      method: fc.constant('DELETE'),
      path: hostileId.map((value) => `/${slug}/${value}`),
      query: queryOf(names),
    }),
    fc.record({ method: fc.constant('DELETE'), path: fc.constant(`/${slug}`), query: bulkQuery }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.option(id).map((value) => `/${slug}/access${value === null ? '' : `/${value}`}`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: id.map((value) => `/${slug}/${value}/duplicate`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
  )
}

/**
 * The routes of an auth collection: signing in and out, password reset, unlocking. No real
 * address is used, so no account is locked.
 */
const authRoutes = (slug: string) => {
  const names = ['email', 'password', 'token', 'username']
  return fc.record({
    method: fc.constant('POST'),
    path: fc
      .constantFrom('login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'first-register')
      .map((name) => `/${slug}/${name}`),
    query: queryOf(names),
    body: bodyOf(names),
  })
}

/** The routes of one global: read, update, versions. */
const globalRoutes = (slug: string, names: string[]) =>
  fc.oneof(
    fc.record({ method: fc.constant('GET'), path: fc.constant(`/globals/${slug}`), query: queryOf(names) }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant(`/globals/${slug}`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
    fc.record({ method: fc.constant('GET'), path: fc.constant(`/globals/${slug}/versions`), query: queryOf(names) }),
    fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc.constantFrom(...hostileIds).map((id) => `/globals/${slug}/versions/${rawEncoded(id)}`),
      query: queryOf(names),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant(`/globals/${slug}/access`),
      query: queryOf(names),
      body: bodyOf(names),
    }),
  )

/** A query sent as a form body, as the admin's relationship fields send theirs. */
const overriddenQuery = (slug: string, names: string[]) =>
  queryOf(names).map((query) => ({
    method: 'POST',
    path: `/${slug}`,
    query: '',
    body: {
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
      body: query,
    },
  }))

const fieldNames = (fields: { name: string }[]) => [
  ...fields.map((field) => field.name),
  'id',
  'createdAt',
  'updatedAt',
]

/** Requests of every kind against every collection and global of the configured API, by each kind of sender. */
export const hostileRequests = ({ payload, changeableIds }: Surface): fc.Arbitrary<HostileRequest> => {
  const routes = [
    ...Object.values(payload.collections).flatMap(({ config }) => {
      const names = fieldNames(config.flattenedFields)
      const auth = config.auth ? [authRoutes(config.slug)] : []
      return [
        collectionRoutes(config.slug, changeableIds[config.slug] ?? [], names),
        overriddenQuery(config.slug, names),
        ...auth,
      ]
    }),
    ...payload.config.globals.map((global) => globalRoutes(global.slug, fieldNames(global.flattenedFields))),
    fc.record({
      method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE'),
      path: fc.constantFrom(
        '/constructor',
        '/__proto__/x',
        '/%E0%A4%A',
        '/courses/%2e%2e',
        '/globals/constructor',
        '/globals/__proto__',
      ),
      query: fc.constant(''),
    }),
  ]
  return fc
    .record({ sender: fc.constantFrom<Sender>('anonymous', 'learner', 'admin'), route: fc.oneof(...routes) })
    .map(({ sender, route }) => {
      const { method, path, query } = route
      const body = 'body' in route ? route.body : undefined
      return { sender, method, path: query ? `${path}?${query}` : path, headers: body?.headers ?? {}, body: body?.body }
    })
}
