/**
 * `npx tsx scripts/bench/wire.ts [origin]`: bytes on the wire, as Chromium counts them, for a first
 * and a repeat visit of the home page, the catalogue, a course page and one of its lessons, and for a
 * first search — against any running server (default http://127.0.0.1:3000), so that two versions
 * can be compared on the same content.
 */
import { chromium, type Browser, type Page } from '@playwright/test'

import { recordWire, wireTotals } from './wireBytes'

const origin = process.argv[2] ?? 'http://127.0.0.1:3000'
const searchWord = process.argv[3] ?? 'terrorism'
const kilobytes = (bytes: number) => Number((bytes / 1024).toFixed(1))

/** The links on a page whose path matches, as paths. */
const linksOn = async (page: Page, pattern: RegExp) => {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  return [...new Set(hrefs.filter((href) => pattern.test(href)))]
}

/** The first course of the catalogue that has a lesson open to read, and that lesson. */
const courseWithLesson = async (browser: Browser) => {
  const finder = await browser.newPage({ baseURL: origin })
  await finder.goto('/en/courses/')
  for (const course of await linksOn(finder, /^\/en\/courses\/(?!by\/)[^/]+\/$/)) {
    await finder.goto(course)
    const [lesson] = await linksOn(finder, new RegExp(`^${course}(?!learn/)[^/]+/$`))
    if (lesson) {
      await finder.close()
      return { course, lesson }
    }
  }
  throw new Error('No course in the catalogue has a lesson open to read')
}

/** A first visit with an empty cache, then the same page again in a new tab of the same browser. */
const visits = async (browser: Browser, url: string) => {
  const context = await browser.newContext({ baseURL: origin })
  const measure = async () => {
    const page = await context.newPage()
    const wire = recordWire(page)
    await page.goto(url, { waitUntil: 'networkidle' })
    const { total } = wireTotals(await wire.responses())
    return total
  }
  const first = await measure()
  const repeat = await measure()
  await context.close()
  return { first: kilobytes(first), repeat: kilobytes(repeat) }
}

const firstSearch = async (browser: Browser) => {
  const context = await browser.newContext({ baseURL: origin })
  const page = await context.newPage()
  await page.goto('/en/search/', { waitUntil: 'networkidle' })
  const wire = recordWire(page)
  await page.locator('#q').fill(searchWord)
  await page.locator('#q').press('Enter')
  await page.locator('#search-results > li').first().waitFor()
  await page.waitForLoadState('networkidle')
  const { total } = wireTotals(await wire.responses())
  await context.close()
  return kilobytes(total)
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
})
try {
  const { course, lesson } = await courseWithLesson(browser)
  const rows: Record<string, { first: number; repeat: number | string }> = {}
  for (const [name, url] of [
    ['home', '/en/'],
    ['catalogue', '/en/courses/'],
    [`course ${course}`, course],
    [`lesson ${lesson}`, lesson],
  ] as const) {
    rows[name] = await visits(browser, url)
  }
  rows[`first search "${searchWord}"`] = { first: await firstSearch(browser), repeat: '' }
  console.log(`Bytes on the wire at ${origin}, KB (first visit with an empty cache; repeat visit in a new tab):`)
  console.table(rows)
} finally {
  await browser.close()
}
