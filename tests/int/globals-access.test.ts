import { isDeepStrictEqual } from 'node:util'

import type { GlobalSlug, Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { outcomeOf } from '../helpers/attempt'
import { actors, useWorld, userOf, type World } from '../helpers/world'

let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

/** The two globals × read/update × every role. */
const cases = [
  {
    slug: 'site-settings',
    readers: [...actors],
    updaters: ['editor', 'admin'],
    data: { siteName: 'Connect & Learn', contactEmail: 'contact@example.org' },
  },
  { slug: 'site-status', readers: ['editor', 'admin'], updaters: [], data: { state: 'idle' } },
] as const

/** The global as stored, every language, read past access control. */
const stored = (slug: GlobalSlug) => payload.findGlobal({ slug, locale: 'all', depth: 0, overrideAccess: true })

describe.each(cases)('$slug', ({ slug, readers, updaters, data }) => {
  test.each(actors)('read as %s', async (actor) => {
    const result = await outcomeOf(() =>
      payload.findGlobal({ slug, overrideAccess: false, user: userOf(world, actor) ?? null }),
    )
    expect(result).toBe((readers as readonly string[]).includes(actor) ? 'allowed' : 'denied')
  })

  test.each(actors)('update as %s', async (actor) => {
    const before = await stored(slug)
    const result = await outcomeOf(() =>
      payload.updateGlobal({
        slug,
        data: data as never,
        overrideAccess: false,
        user: userOf(world, actor) ?? null,
        context: { skipRebuild: true },
      }),
    )
    expect(result).toBe((updaters as readonly string[]).includes(actor) ? 'allowed' : 'denied')
    if (result !== 'allowed') {
      expect(isDeepStrictEqual(await stored(slug), before), 'a refused update changed the global').toBe(true)
      return
    }
    expect(await payload.findGlobal({ slug, depth: 0, overrideAccess: true })).toMatchObject(data)
  })
})
