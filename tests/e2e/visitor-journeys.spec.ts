import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import ru from '../../cms/contract/i18n/ru.json' with { type: 'json' }

const pve = 'introduction-to-preventing-violent-extremism'

test('a visitor browses the catalogue, a course and an open lesson in French', async ({ page }) => {
  await page.goto('/fr/courses/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page
    .getByRole('link', {
      name: /Introduction à la prévention de l’extrémisme violent|Introduction à la prévention de l'extrémisme violent/,
    })
    .first()
    .click()
  await expect(page).toHaveURL(new RegExp(`/fr/courses/${pve}/$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('extrémisme violent')
  await page
    .getByRole('region', { name: 'Programme' })
    .or(page.locator('section[aria-labelledby="syllabus"]'))
    .getByRole('link')
    .first()
    .click()
  await expect(page).toHaveURL(new RegExp(`/fr/courses/${pve}/[a-z0-9-]+/$`))
  await expect(page.locator('main .prose')).not.toHaveAttribute('lang', 'en')
})

test('switching to Arabic keeps the visitor on the same course, laid out right to left', async ({ page }) => {
  await page.goto(`/fr/courses/${pve}/`)
  await page.locator('details.languages summary').click()
  await page.getByRole('link', { name: 'العربية' }).click()
  await expect(page).toHaveURL(new RegExp(`/ar/courses/${pve}/$`))
  const html = page.locator('html')
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(html).toHaveAttribute('lang', 'ar')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقدمة في منع التطرف العنيف')
  // The brand sits on the right in a right-to-left layout.
  const brand = await page.locator('.brand').boundingBox()
  const viewport = page.viewportSize()!
  expect(brand!.x + brand!.width).toBeGreaterThan(viewport.width / 2)
  await page.screenshot({ path: `${process.env.E2E_SCRATCH}/course-ar.png` })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the library can be filtered by theme', async ({ page }) => {
    await page.goto('/es/library/')
    const all = await page.locator('ul.cards > li').count()
    await page
      .getByRole('navigation', { name: 'Filtrar' })
      .or(page.locator('nav.filters'))
      .getByRole('link', { name: /financiación del terrorismo/i })
      .click()
    await expect(page).toHaveURL(/\/es\/library\/by\/theme\/countering-terrorist-financing\/$/)
    const filtered = await page.locator('ul.cards > li').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    await expect(page.locator('ul.cards a[href="/es/library/informal-value-transfer-guide/"]')).toBeVisible()
  })

  test('the library comes in pages of 24, each reached by a link', async ({ page }) => {
    await page.goto('/ru/library/')
    await expect(page.locator('ul.cards > li')).toHaveCount(24)
    const total = Number((await page.locator('#results').textContent())!.match(/\d+/)![0])
    const pager = page.getByRole('navigation', { name: ru['pager.label'] })
    await expect(pager).toContainText(
      ru['pager.position'].replace('{{page}}', '1').replace('{{pages}}', String(Math.ceil(total / 24))),
    )
    await pager.getByRole('link', { name: ru['pager.next'] }).click()
    await expect(page).toHaveURL(/\/ru\/library\/page\/2\/$/)
    await expect(page.locator('ul.cards > li')).toHaveCount(Math.min(24, total - 24))
    await page
      .getByRole('navigation', { name: ru['pager.label'] })
      .getByRole('link', { name: ru['pager.previous'] })
      .click()
    await expect(page).toHaveURL(/\/ru\/library\/$/)
  })
})

test.describe('search', () => {
  test('finds a resource by a word from its body, in Spanish', async ({ page }) => {
    await page.goto('/es/search/?q=hawala')
    await expect(page.locator('#search-results a[href*="/es/library/informal-value-transfer-guide/"]')).toBeVisible()
  })

  test('finds a resource by a word from its body, in Chinese', async ({ page }) => {
    await page.goto('/zh/search/?q=crowdsourcing')
    await expect(page.locator('#search-results a[href*="/zh/library/osint-verification-training/"]')).toBeVisible()
  })

  test('the header search box leads to results without loading anything on the content page', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto('/en/library/')
    expect(scripts).toEqual([])
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('hawala')
    await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
    await expect(page).toHaveURL(/\/en\/search\/\?q=hawala/)
    await expect(page.locator('#search-results li').first()).toBeVisible()
  })
})

test('an event downloads as an iCalendar file that a real parser accepts', async ({ page, request }) => {
  await page.goto('/en/events/')
  const firstEvent = page.locator('section[aria-labelledby="upcoming"] ul.cards a').first()
  const eventPath = await firstEvent.getAttribute('href')
  await firstEvent.click()
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
  const slug = eventPath!.split('/').filter(Boolean).pop()
  const response = await request.get(`/en/events/${slug}.ics`)
  expect(response.headers()['content-type']).toContain('text/calendar')
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
  expect(event.summary).toBe(title)
  expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now())
  expect(event.endDate.compare(event.startDate)).toBe(1)
})
