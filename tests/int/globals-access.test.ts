import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { actors, useWorld, userOf, type World } from '../helpers/world'

let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const outcome = async (attempt: () => Promise<unknown>) => {
  try {
    await attempt()
    return 'allowed'
  } catch (error) {
    if ((error as { status?: number }).status === 403) return 'denied'
    throw error
  }
}

/** The two globals × read/update × every role. */
const cases = [
  { slug: 'site-settings', readers: [...actors], updaters: ['editor', 'admin'], data: { siteName: 'Connect & Learn', contactEmail: 'contact@example.org' } },
  { slug: 'site-status', readers: ['editor', 'admin'], updaters: [], data: { state: 'idle' } },
] as const

describe.each(cases)('$slug', ({ slug, readers, updaters, data }) => {
  test.each(actors)('read as %s', async (actor) => {
    const result = await outcome(() => payload.findGlobal({ slug, overrideAccess: false, user: userOf(world, actor) ?? null }))
    expect(result).toBe((readers as readonly string[]).includes(actor) ? 'allowed' : 'denied')
  })

  test.each(actors)('update as %s', async (actor) => {
    const result = await outcome(() =>
      payload.updateGlobal({ slug, data: data as never, overrideAccess: false, user: userOf(world, actor) ?? null, context: { skipRebuild: true } }),
    )
    expect(result).toBe((updaters as readonly string[]).includes(actor) ? 'allowed' : 'denied')
  })
})
