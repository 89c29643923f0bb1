import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { readPortal } from '../helpers/portalFiles'
import { recordWire, wireTotals, type WireResponse } from '../../scripts/bench/wireBytes'

/** Content pages: what a visitor reads. They ship no JavaScript, but for the islands of courses, communities and events. */
const contentPage = /^[a-z]{2}\/(courses|library|events|experts|communities)\/.+index\.html$/
const coursePage = /^[a-z]{2}\/courses\/[^/]+\/index\.html$/
const interactivePage = /^[a-z]{2}\/(courses\/[^/]+\/.*|communities\/[^/]+\/|events\/[^/]+\/)index\.html$/
const budgetBytes = 30 * 1024
const islandBudgetBytes = 90 * 1024

/** Every script a page with islands runs: inline ones, island components and renderers, and what they import. */
const islandScripts = (html: string, files: Map<string, string>) => {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(([, code]) => code!)
  const queue = [...html.matchAll(/(?:component-url|renderer-url)="\/([^"]+)"/g)].map(([, file]) => file!)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = files.get(file) ?? ''
    for (const [, imported] of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g))
      queue.push(`_astro/${imported}`)
  }
  return [...inline, ...[...seen].map((file) => files.get(file) ?? '')]
}

test('content pages ship no JavaScript and stay within 30 KB of HTML and CSS, gzipped', async () => {
  const files = await readPortal(process.env.E2E_PORTAL_DIR!)
  const pages = [...files].filter(([name]) => contentPage.test(name))
  expect(pages.length).toBeGreaterThan(500)
  const over: string[] = []
  const withScripts: string[] = []
  const largestByTemplate = new Map<string, number>()
  for (const [name, html] of pages) {
    const bytes = gzipSync(html).length
    if (bytes > budgetBytes) over.push(`${name}: ${bytes}`)
    if (/<script\b/i.test(html) && !(interactivePage.test(name) && html.includes('<astro-island')))
      withScripts.push(name)
    const template = name
      .replace(/^[a-z]{2}\//, '')
      .replace(/\/[^/]+\/index\.html$/, '/*')
      .replace(/\/by\/.*$/, '/by/*')
    largestByTemplate.set(template, Math.max(largestByTemplate.get(template) ?? 0, bytes))
  }
  console.log('Largest gzip size per template (bytes):', Object.fromEntries([...largestByTemplate].sort()))
  expect(withScripts).toEqual([])
  expect(over).toEqual([])
})

test('pages with islands load at most 90 KB of JavaScript, gzipped, and only from this site', async () => {
  const files = await readPortal(process.env.E2E_PORTAL_DIR!)
  const islandPages = [...files].filter(([name, html]) => name.endsWith('.html') && html.includes('<astro-island'))
  expect(islandPages.some(([name]) => /^fr\/account\//.test(name))).toBe(true)
  expect(islandPages.some(([name]) => coursePage.test(name))).toBe(true)
  const largest = new Map<string, number>()
  for (const [name, html] of islandPages) {
    const bytes = islandScripts(html, files).reduce((sum, code) => sum + gzipSync(code).length, 0)
    const template = name
      .replace(/^[a-z]{2}\//, '')
      .replace(/^courses\/[^/]+\/learn\//, 'courses/*/learn/')
      .replace(/^courses\/[^/]+\/[^/]+\/index/, 'courses/*/*/index')
      .replace(/^courses\/[^/]+\/index/, 'courses/*/index')
      .replace(/^(communities|events)\/[^/]+\/index/, '$1/*/index')
    largest.set(template, Math.max(largest.get(template) ?? 0, bytes))
    expect(bytes, name).toBeLessThanOrEqual(islandBudgetBytes)
  }
  console.log('JavaScript per island page, gzip bytes:', Object.fromEntries(largest))
})

test('no page asks for anything from another host', async () => {
  const files = await readPortal(process.env.E2E_PORTAL_DIR!)
  const offenders: string[] = []
  for (const [name, html] of files) {
    if (!name.endsWith('.html')) continue
    // Anything the browser fetches by itself: scripts, styles, images, frames, manifests, icons, forms.
    const fetched = [
      ...html.matchAll(
        /<(?:script|img|iframe|source|video|audio|link(?![^>]*rel="(?:canonical|alternate)")|form)\b[^>]*\b(?:src|href|action)="([^"]+)"/gi,
      ),
    ]
    for (const [, url] of fetched) if (/^(https?:)?\/\//i.test(url!)) offenders.push(`${name}: ${url}`)
    if (/@import\s+url\(|url\((['"]?)https?:/i.test(html)) offenders.push(`${name}: CSS import from another host`)
  }
  expect(offenders).toEqual([])
})

test('the sitemap lists every language of a page as alternates, and not the language chooser', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text()
  const sitemapUrl = new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]!)
  const sitemap = await (await request.get(sitemapUrl.pathname)).text()
  const entry = sitemap.match(
    /<url><loc>[^<]*\/fr\/courses\/introduction-to-preventing-violent-extremism\/<\/loc>(.*?)<\/url>/,
  )
  expect(entry).not.toBeNull()
  for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) expect(entry![1]).toContain(`hreflang="${lang}"`)
  expect(sitemap).not.toMatch(/<loc>[^<]*:\d+\/<\/loc>/)
})

/**
 * Delivery budgets, in bytes on the wire as the browser counts them (headers and compressed bodies).
 * A first visit of a content page fits the first round trip of a new connection (TCP's initial
 * window, 10 segments); a repeat visit only asks whether the page changed; a first search fetches
 * Pagefind's code and the part of the index the query needs.
 */
const wireBudget = { firstVisitHtmlAndCss: 14 * 1024, repeatVisit: 3 * 1024, firstSearch: 120 * 1024 }

/** Every template a visitor reaches, by the path of its files in the build. */
const templates: [string, RegExp][] = [
  ['home', /^[a-z]{2}\/index\.html$/],
  ['catalogue', /^[a-z]{2}\/courses\/index\.html$/],
  ['catalogue filtered', /^[a-z]{2}\/courses\/by\/[^/]+\/[^/]+\/index\.html$/],
  ['course', /^[a-z]{2}\/courses\/(?!by\/)[^/]+\/index\.html$/],
  ['lesson', /^[a-z]{2}\/courses\/(?!by\/)[^/]+\/(?!learn\/)[^/]+\/index\.html$/],
  ['library', /^[a-z]{2}\/library\/(page\/\d+\/)?index\.html$/],
  ['library filtered', /^[a-z]{2}\/library\/by\/.+\/index\.html$/],
  ['resource', /^[a-z]{2}\/library\/(?!by\/|page\/)[^/]+\/index\.html$/],
  ['events', /^[a-z]{2}\/events\/index\.html$/],
  ['event', /^[a-z]{2}\/events\/[^/]+\/index\.html$/],
  ['experts', /^[a-z]{2}\/experts\/(by\/[^/]+\/[^/]+\/)?index\.html$/],
  ['expert', /^[a-z]{2}\/experts\/(?!by\/)[^/]+\/index\.html$/],
  ['communities', /^[a-z]{2}\/communities\/index\.html$/],
  ['community', /^[a-z]{2}\/communities\/[^/]+\/index\.html$/],
  ['search', /^[a-z]{2}\/search\/index\.html$/],
  ['account', /^[a-z]{2}\/account\/index\.html$/],
  ['page', /^[a-z]{2}\/[^/]+\/index\.html$/],
]

/** The heaviest page of each template (in any language), as a URL path: the worst case the budget must hold. */
const heaviestPages = async () => {
  const entries = await readdir(process.env.E2E_PORTAL_DIR!, { withFileTypes: true, recursive: true })
  const heaviest = new Map<string, { url: string; bytes: number }>()
  for (const entry of entries) {
    const file = path.relative(process.env.E2E_PORTAL_DIR!, path.join(entry.parentPath, entry.name))
    const template = templates.find(([, pattern]) => pattern.test(file))?.[0]
    if (!entry.isFile() || !template || file.includes('/404/')) continue
    const { size } = await stat(path.join(process.env.E2E_PORTAL_DIR!, file))
    if (size > (heaviest.get(template)?.bytes ?? 0))
      heaviest.set(template, { url: '/' + file.replace(/index\.html$/, ''), bytes: size })
  }
  return new Map([...heaviest].map(([template, { url }]) => [template, url]))
}

const htmlAndCss = (responses: WireResponse[]) =>
  responses.filter(({ type }) => type === 'document' || type === 'stylesheet')
const kilobytes = (bytes: number) => Number((bytes / 1024).toFixed(1))

test('first and repeat visits of every template stay within their budgets on the wire', async ({ browser }) => {
  test.setTimeout(300_000)
  const pages = await heaviestPages()
  expect([...pages.keys()]).toEqual(
    expect.arrayContaining(['home', 'catalogue', 'course', 'lesson', 'resource', 'event', 'expert', 'community']),
  )
  const figures: Record<string, { first: number; htmlAndCss: number; scripts: number; repeat: number }> = {}
  const over: string[] = []
  for (const [template, url] of pages) {
    // A fresh context is a browser with an empty cache; its second tab is the visitor coming back.
    const context = await browser.newContext()
    const first = await context.newPage()
    const firstWire = recordWire(first)
    await first.goto(url, { waitUntil: 'networkidle' })
    const firstVisit = await firstWire.responses()
    const again = await context.newPage()
    const repeatWire = recordWire(again)
    await again.goto(url, { waitUntil: 'networkidle' })
    const repeatVisit = await repeatWire.responses()
    await context.close()

    const { total, byType } = wireTotals(firstVisit)
    const pageBytes = wireTotals(htmlAndCss(firstVisit)).total
    const repeat = wireTotals(repeatVisit).total
    figures[`${template} ${url}`] = {
      first: kilobytes(total),
      htmlAndCss: kilobytes(pageBytes),
      scripts: kilobytes(byType.script ?? 0),
      repeat: kilobytes(repeat),
    }
    if (repeat > wireBudget.repeatVisit)
      over.push(`${url}: repeat visit ${repeat} bytes: ${JSON.stringify(repeatVisit)}`)
    if (contentPage.test(url.slice(1) + 'index.html') || ['home', 'catalogue'].includes(template)) {
      if (pageBytes > wireBudget.firstVisitHtmlAndCss)
        over.push(`${url}: first visit ${pageBytes} bytes of HTML and CSS`)
    }
  }
  console.log('Bytes on the wire per template, KB (heaviest page of each):')
  console.table(figures)
  expect(over).toEqual([])
})

test('a first search fetches at most 120 KB', async ({ page }) => {
  await page.goto('/en/search/', { waitUntil: 'networkidle' })
  const wire = recordWire(page)
  // A word on nearly every page: the most results, so the most of the index and excerpts fetched.
  await page.locator('#q').fill('terrorism')
  await page.locator('#q').press('Enter')
  await expect(page.locator('#search-results > li').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const responses = await wire.responses()
  wire.stop()
  // Pagefind's code, its WebAssembly, index chunks and excerpts: all of it counted, none of it fetched out of sight.
  for (const part of [
    /\/pagefind\/pagefind\.js$/,
    /\/pagefind\/wasm\.en\.pagefind$/,
    /\.pf_index$/,
    /\.pf_fragment$/,
  ]) {
    expect(
      responses.some(({ url }) => part.test(url)),
      String(part),
    ).toBe(true)
  }
  const { total, byType } = wireTotals(responses)
  console.log(`First search: ${kilobytes(total)} KB on the wire in ${responses.length} responses`, byType)
  expect(total).toBeLessThanOrEqual(wireBudget.firstSearch)

  // Five results at a time; the next five are a page away.
  await expect(page.locator('#search-results > li')).toHaveCount(5)
  const firstFive = await page.locator('#search-results a').allTextContents()
  await page.locator('#search-next').click()
  await expect(page.locator('#search-results a').first()).toBeFocused()
  expect(await page.locator('#search-results a').allTextContents()).not.toEqual(firstFive)
  await expect(page.locator('#search-previous')).toBeEnabled()
})

test('large API answers are compressed for a browser that accepts it', async ({ request }) => {
  // Which encoding is chosen for which Accept-Encoding is the unit test's (tests/unit/api-compression);
  // here, the real API behind the real server. (Chromium offers Brotli over HTTPS only, so on this
  // test's plain HTTP a browser gets gzip.)
  const url = '/api/courses?depth=0&limit=50&locale=all'
  const answer = await request.get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
  expect(answer.ok()).toBe(true)
  expect((await answer.body()).length).toBeGreaterThan(1024)
  expect(['br', 'gzip']).toContain(answer.headers()['content-encoding'])
  expect(answer.headers().vary).toMatch(/accept-encoding/i)
  const plain = await request.get(url, { headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
})
