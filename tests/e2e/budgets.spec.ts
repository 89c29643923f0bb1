import { gzipSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

import { readPortal } from '../helpers/portalFiles'

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
    for (const [, imported] of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(`_astro/${imported}`)
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
    if (/<script\b/i.test(html) && !(interactivePage.test(name) && html.includes('<astro-island'))) withScripts.push(name)
    const template = name.replace(/^[a-z]{2}\//, '').replace(/\/[^/]+\/index\.html$/, '/*').replace(/\/by\/.*$/, '/by/*')
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
    const template = name.replace(/^[a-z]{2}\//, '').replace(/^courses\/[^/]+\/learn\//, 'courses/*/learn/').replace(/^courses\/[^/]+\/[^/]+\/index/, 'courses/*/*/index').replace(/^courses\/[^/]+\/index/, 'courses/*/index').replace(/^(communities|events)\/[^/]+\/index/, '$1/*/index')
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
    const fetched = [...html.matchAll(/<(?:script|img|iframe|source|video|audio|link(?![^>]*rel="(?:canonical|alternate)")|form)\b[^>]*\b(?:src|href|action)="([^"]+)"/gi)]
    for (const [, url] of fetched) if (/^(https?:)?\/\//i.test(url!)) offenders.push(`${name}: ${url}`)
    if (/@import\s+url\(|url\((['"]?)https?:/i.test(html)) offenders.push(`${name}: CSS import from another host`)
  }
  expect(offenders).toEqual([])
})

test('the sitemap lists every language of a page as alternates, and not the language chooser', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text()
  const sitemapUrl = new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]!)
  const sitemap = await (await request.get(sitemapUrl.pathname)).text()
  const entry = sitemap.match(/<url><loc>[^<]*\/fr\/courses\/introduction-to-preventing-violent-extremism\/<\/loc>(.*?)<\/url>/)
  expect(entry).not.toBeNull()
  for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) expect(entry![1]).toContain(`hreflang="${lang}"`)
  expect(sitemap).not.toMatch(/<loc>[^<]*:\d+\/<\/loc>/)
})
