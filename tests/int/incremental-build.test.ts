import { statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { localeCodes } from '../../cms/contract/locales'
import { buildPortal } from '../../cms/publishing/portalBuild'
import { asServer } from '../helpers/asUser'
import { testPayload } from '../helpers/payload'
import { readPortal } from '../helpers/portalFiles'
import { scratchPortal } from '../helpers/scratchPortal'
import { buildWorld, destroyWorld, type World } from '../helpers/world'

/**
 * The rebuild worker's incremental build: after one build, a renamed, an added and a deleted
 * resource are rendered or dropped while unchanged pages are carried over — and the result is the
 * same site a full build makes. The portal build does not depend on the database, so this runs on
 * the embedded one only.
 */
const onEmbeddedDatabase = (process.env.DATABASE_URL ?? '').startsWith('file:')
const scratch = scratchPortal('incremental')
let payload: Payload
let world: World
type Build = Awaited<ReturnType<typeof buildPortal>>
let first: Build
let incremental: Build
let full: Build
let incrementalFiles: Map<string, string>

const slugs = { renamed: '', added: '', deleted: '', unchanged: '' }
const page = (build: Build, lang: string, slug: string) =>
  path.join(build.buildDir, lang, 'library', slug, 'index.html')

describe.runIf(onEmbeddedDatabase)('incremental portal builds', () => {
  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    const resource = async (key: keyof typeof slugs, title: string) => {
      slugs[key] = `${key}-${world.run}`
      return world.create('resources', {
        _status: 'published',
        title,
        slug: slugs[key],
        type: 'guide',
        themes: [world.theme],
      })
    }
    const renamed = await resource('renamed', `Before ${world.run}`)
    const deleted = await resource('deleted', `Deleted zqdeletedmarker ${world.run}`)
    await resource('unchanged', `Unchanged ${world.run}`)
    scratch.enter()
    const mediaDir = process.env.MEDIA_DIR!
    first = await buildPortal({ payload, mediaDir })

    await payload.update({
      collection: 'resources',
      id: renamed,
      data: { title: `Renamed zqrenamedmarker ${world.run}` },
      ...asServer,
    })
    await payload.delete({ collection: 'resources', id: deleted, ...asServer })
    slugs.added = `added-${world.run}`
    await world.create('resources', {
      _status: 'published',
      title: `Added zqaddedmarker ${world.run}`,
      slug: slugs.added,
      type: 'guide',
      themes: [world.theme],
    })
    incremental = await buildPortal({ payload, mediaDir })
    incrementalFiles = await readPortal(incremental.buildDir)
    full = await buildPortal({ payload, mediaDir, full: true })
  }, 600_000)

  afterAll(async () => {
    await destroyWorld(payload, world)
    scratch.leave()
  })

  test('the first build is full; after resource changes only the changed ones are rendered', () => {
    expect(first.mode).toMatch(/^full/)
    expect(incremental.mode).toMatch(/^partial: 2 items rendered/)
  })

  test('changed and added resources have new pages in every language; a deleted one has none', () => {
    for (const lang of localeCodes) {
      expect(incrementalFiles.get(`${lang}/library/${slugs.renamed}/index.html`)).toContain('zqrenamedmarker')
      expect(incrementalFiles.get(`${lang}/library/${slugs.added}/index.html`)).toContain('zqaddedmarker')
      expect(incrementalFiles.has(`${lang}/library/${slugs.deleted}/index.html`)).toBe(false)
    }
  })

  test('an unchanged page is the previous build’s file, carried over', () => {
    for (const lang of localeCodes)
      expect(statSync(page(incremental, lang, slugs.unchanged)).ino).toBe(
        statSync(page(first, lang, slugs.unchanged)).ino,
      )
  })

  test('listings, sitemap and search are up to date', () => {
    // All the library's listing pages (24 cards each: what other files made may push these further on).
    const library = [...incrementalFiles]
      .filter(([name]) => name === 'en/library/index.html' || /^en\/library\/page\/\d+\/index\.html$/.test(name))
      .map(([, text]) => text)
      .join('\n')
    expect(library).toContain('zqrenamedmarker')
    expect(library).toContain('zqaddedmarker')
    expect(library).not.toContain('zqdeletedmarker')
    const sitemap = incrementalFiles.get('sitemap-0.xml')!
    expect(sitemap).toContain(`/fr/library/${slugs.unchanged}/`)
    expect(sitemap).toContain(`/fr/library/${slugs.added}/`)
    expect(sitemap).not.toContain(`/fr/library/${slugs.deleted}/`)
    const searchIndex = [...incrementalFiles].filter(([name]) => name.startsWith('pagefind/')).map(([, text]) => text)
    expect(searchIndex.some((text) => text.includes('zqaddedmarker'))).toBe(true)
    expect(searchIndex.some((text) => text.includes('zqdeletedmarker'))).toBe(false)
  })

  test('the incremental build is the same site a full build makes', async () => {
    const fullFiles = await readPortal(full.buildDir)
    const pages = (files: Map<string, string>) => new Map([...files].filter(([name]) => !name.startsWith('pagefind/')))
    expect([...pages(incrementalFiles).keys()].sort()).toEqual([...pages(fullFiles).keys()].sort())
    const differing = [...pages(incrementalFiles)]
      .filter(([name, text]) => fullFiles.get(name) !== text)
      .map(([name]) => name)
    expect(differing).toEqual([])
  })

  test('a change outside resources and events builds in full', async () => {
    await payload.update({
      collection: 'themes',
      id: world.theme,
      data: { name: `Theme renamed ${world.run}` },
      ...asServer,
    })
    const next = await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR! })
    expect(next.mode).toBe('full: themes changed')
  }, 120_000)
})
