import { expect, test, type Page } from '@playwright/test'

/**
 * Staff journeys through Payload's own admin: the buttons an editor or an admin clicks, and the public
 * portal they expect to change (or not). Setup and clean-up may use the API; the steps under test do not.
 */
const password = 'e2e-demo-password'
const buildTimeout = 300_000

const signIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Clicks one of the admin's save buttons and waits for the request it sends to be answered. */
const clickAndSave = async (page: Page, button: string, collection: string) => {
  const saved = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${collection}`) && ['POST', 'PATCH'].includes(response.request().method()),
  )
  await page.getByRole('button', { name: button, exact: true }).click()
  const response = await saved
  expect(response.status(), await response.text()).toBeLessThan(300)
}

const publicPage = async (page: Page, path: string) => {
  const response = await page.request.get(path)
  return {
    status: response.status(),
    html: response.status() === 200 ? await response.text() : '',
  }
}

/** The signed-in session's cookie counts only on requests that say they come from the admin's origin. */
const sameOrigin = (page: Page) => ({ headers: { origin: new URL(page.url()).origin } })

/** When the public site last asked for a rebuild, as the site status records it. */
const rebuildRequestedAt = async (page: Page) => {
  const response = await page.request.get('/api/globals/site-status', sameOrigin(page))
  expect(response.status()).toBe(200)
  return (await response.json()).requestedAt as string | null
}

test('an editor creates a resource in the admin, translates it, previews it and publishes it: live in English and French', async ({
  page,
}) => {
  test.setTimeout(buildTimeout + 120_000)
  const word = `zqadmin${Date.now().toString(36)}`
  const title = {
    en: `Admin journey ${word}`,
    fr: `Parcours d’administration ${word}`,
  }
  await signIn(page, 'editor@example.org')

  await page.goto('/admin/collections/resources?locale=en')
  await page.getByRole('link', { name: 'Create New' }).first().click()
  await page.getByLabel(/^Title/).fill(title.en)
  await page.getByLabel(/^Summary/).fill(`A resource made in the admin: ${word}.`)
  await page.locator('#field-type').getByRole('combobox').click()
  await page.getByRole('option', { name: 'Guide', exact: true }).click()
  await clickAndSave(page, 'Save Draft', 'resources')
  await page.waitForURL(/\/admin\/collections\/resources\/\d+/)
  // Left empty, the slug is derived from the English title.
  const slugField = page.getByLabel(/^Slug/)
  await expect(slugField).toHaveValue(`admin-journey-${word}`)
  const slug = await slugField.inputValue()
  const id = page.url().match(/resources\/(\d+)/)![1]

  await page.getByRole('button', { name: /locale/i }).click()
  await page.getByRole('button', { name: /Français/ }).click()
  await page.waitForURL(/locale=fr/)
  // The French version loads with nothing in it yet (the admin shows no fallback while editing).
  await expect(page.getByLabel(/^Title/)).toHaveValue('')
  await page.getByLabel(/^Title/).fill(title.fr)
  await page.getByLabel(/^Summary/).fill(`Une ressource créée dans l’administration : ${word}.`)
  await clickAndSave(page, 'Save Draft', 'resources')

  const [preview] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Preview' }).click()])
  await expect(preview.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(preview.getByRole('heading', { level: 1 })).toContainText(title.fr)
  await preview.close()
  expect((await publicPage(page, `/en/library/${slug}/`)).status).toBe(404)

  const clicked = Date.now()
  await clickAndSave(page, 'Publish changes', 'resources')
  await expect
    .poll(async () => (await publicPage(page, `/en/library/${slug}/`)).status, {
      timeout: buildTimeout,
      intervals: [1000],
    })
    .toBe(200)
  console.log(`admin publish-to-live: ${((Date.now() - clicked) / 1000).toFixed(1)} s`)
  for (const lang of ['en', 'fr'] as const) {
    await page.goto(`/${lang}/library/${slug}/`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title[lang])
  }

  expect((await page.request.delete(`/api/resources/${id}`, sameOrigin(page))).status()).toBe(200)
})

test('an editor saves a draft of a published course: the public page stays as it was and no rebuild starts', async ({
  page,
}) => {
  const slug = 'protecting-soft-targets-and-public-spaces'
  const coursePath = `/en/courses/${slug}/`
  const draftSummary = `A reworded summary still in draft ${Date.now().toString(36)}.`
  await signIn(page, 'editor@example.org')
  const before = await publicPage(page, coursePath)
  expect(before.status).toBe(200)
  const requestedBefore = await rebuildRequestedAt(page)

  // The admin remembers each account's last content language; this test edits English.
  await page.goto('/admin/collections/courses?locale=en&search=Protecting%20Soft')
  await page.getByRole('link', { name: 'Protecting Soft Targets and Public Spaces' }).click()
  await page.waitForURL(/\/admin\/collections\/courses\/\d+/)
  const summary = page.getByLabel(/^Summary/)
  await expect(summary).toHaveAccessibleName(/English/)
  const publishedSummary = await summary.inputValue()
  await summary.fill(draftSummary)
  await clickAndSave(page, 'Save Draft', 'courses')

  // The draft was kept…
  await page.reload()
  await expect(page.getByLabel(/^Summary/)).toHaveValue(draftSummary)
  // …but nothing public changed, and the portal was not asked to rebuild.
  expect(await rebuildRequestedAt(page)).toBe(requestedBefore)
  const after = await publicPage(page, coursePath)
  expect(after.html).not.toContain(draftSummary)
  expect(after.html).toContain(publishedSummary.slice(0, 60))

  // Clean up: the latest draft says again what is published (a draft save, so still no rebuild).
  const id = page.url().match(/courses\/(\d+)/)![1]
  const restored = await page.request.patch(`/api/courses/${id}?draft=true&locale=en`, {
    ...sameOrigin(page),
    data: { summary: publishedSummary },
  })
  expect(restored.status()).toBe(200)
  expect(await rebuildRequestedAt(page)).toBe(requestedBefore)
})

test('an admin changes the site tagline in the admin and the portal’s home page shows it', async ({ page }) => {
  test.setTimeout(buildTimeout + 60_000)
  const tagline = `Training for people who prevent terrorism, ${Date.now().toString(36)}.`
  await signIn(page, 'admin@example.org')

  await page.goto('/admin/globals/site-settings?locale=en')
  const field = page.getByLabel(/^Tagline/)
  const original = await field.inputValue()
  await field.fill(tagline)
  await clickAndSave(page, 'Save', 'globals/site-settings')

  try {
    await expect
      .poll(async () => (await publicPage(page, '/en/')).html.includes(tagline), {
        timeout: buildTimeout,
        intervals: [1000],
      })
      .toBe(true)
  } finally {
    const restored = await page.request.post('/api/globals/site-settings?locale=en', {
      ...sameOrigin(page),
      data: { tagline: original },
    })
    expect(restored.status()).toBe(200)
  }
})
