import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { renderPreview } from '../../cms/publishing/preview/renderPreview'
import { buildPortal } from '../../cms/publishing/portalBuild'
import { asServer } from '../helpers/asUser'
import { testPayload } from '../helpers/payload'
import { readPortal } from '../helpers/portalFiles'
import { scratchPortal } from '../helpers/scratchPortal'
import { buildWorld, destroyWorld, type World } from '../helpers/world'

/**
 * An editor previews a draft while the public site is being rebuilt. Both are static builds of the
 * same project: they must both succeed, and the draft must stay out of the public one. (The build
 * does not depend on the database, so this runs on the embedded one only.)
 */
const onEmbeddedDatabase = (process.env.DATABASE_URL ?? '').startsWith('file:')
const scratch = scratchPortal('concurrent')
let payload: Payload
let world: World

describe.runIf(onEmbeddedDatabase)('a preview during a publish', () => {
  let outcomes: PromiseSettledResult<unknown>[]
  let publicFiles: Map<string, string>
  let slug: string

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    slug = `concurrent-${world.run}`
    const id = await world.create('resources', {
      _status: 'published',
      title: `Published ${world.run}`,
      slug,
      type: 'guide',
      themes: [world.theme],
    })
    await payload.update({
      collection: 'resources',
      id,
      draft: true,
      data: { title: `Draft zqconcurrentdraft ${world.run}` },
      ...asServer,
    })
    // As the preview endpoint reads it: the latest draft, every language.
    const draft = await payload.findByID({ collection: 'resources', id, draft: true, locale: 'all', ...asServer })
    scratch.enter()
    const publish = buildPortal({ payload, mediaDir: process.env.MEDIA_DIR!, full: true })
    const preview = renderPreview({ payload, draft: { collection: 'resources', doc: draft }, lang: 'en' })
    outcomes = await Promise.allSettled([publish, preview])
    const built = outcomes[0].status === 'fulfilled' ? (outcomes[0].value as { buildDir: string }).buildDir : null
    publicFiles = built ? await readPortal(built) : new Map()
  }, 600_000)

  afterAll(async () => {
    await destroyWorld(payload, world)
    scratch.leave()
  })

  test('both builds succeed', () => {
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'ok'))).toEqual([
      'ok',
      'ok',
    ])
  })

  test('the preview shows the draft; the public build shows the published text and never the draft', () => {
    const preview = outcomes[1].status === 'fulfilled' ? String(outcomes[1].value) : ''
    expect(preview).toContain('zqconcurrentdraft')
    expect(publicFiles.get(`en/library/${slug}/index.html`)).toContain(`Published ${world.run}`)
    const leaked = [...publicFiles].filter(([, text]) => text.includes('zqconcurrentdraft')).map(([file]) => file)
    expect(leaked).toEqual([])
  })
})
