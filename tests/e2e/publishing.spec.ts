import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

const password = 'e2e-demo-password'
const failMarker = () => path.join(process.env.E2E_SCRATCH!, 'fail-builds')

const token = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return { authorization: `JWT ${(await response.json()).token}` }
}

const status = async (request: APIRequestContext, headers: Record<string, string>) =>
  (await (await request.get('/api/globals/site-status', { headers })).json()) as {
    state: string
    lastError?: string
    lastPublishedAt?: string
  }

/** Polls until the condition holds; returns the seconds it took. */
const waitFor = async (condition: () => Promise<boolean>, timeoutSeconds = 300) => {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > timeoutSeconds * 1000) throw new Error(`not within ${timeoutSeconds} s`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return (Date.now() - started) / 1000
}

const pageStatus = async (request: APIRequestContext, url: string) => (await request.get(url)).status()

test('an editor publishes a resource: it goes live in six languages and search finds it; unpublishing removes it', async ({
  request,
  page,
}) => {
  test.setTimeout(900_000)
  const editor = await token(request, 'editor@example.org')
  const word = `zqlive${Date.now().toString(36)}`
  const slug = `publishing-check-${word}`
  const created = await request.post('/api/resources', {
    headers: editor,
    data: {
      title: `Publishing check ${word}`,
      slug,
      type: 'guide',
      summary: `A resource about ${word}.`,
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  const seconds = await waitFor(async () => (await pageStatus(request, `/en/library/${slug}/`)) === 200)
  console.log(`publish-to-live: ${seconds.toFixed(1)} s`)
  for (const lang of ['fr', 'es', 'ar', 'ru', 'zh'])
    expect(await pageStatus(request, `/${lang}/library/${slug}/`)).toBe(200)
  await page.goto(`/fr/search/?q=${word}`)
  await expect(page.locator(`#search-results a[href*="/fr/library/${slug}/"]`)).toBeVisible()

  expect((await request.patch(`/api/resources/${id}`, { headers: editor, data: { _status: 'draft' } })).status()).toBe(
    200,
  )
  await waitFor(async () => (await pageStatus(request, `/en/library/${slug}/`)) === 404)
  await page.goto(`/en/search/?q=${word}`)
  await expect(page.locator('#search-status')).not.toBeEmpty()
  await expect(page.locator('#search-results li')).toHaveCount(0)
  await waitFor(async () => (await status(request, editor)).state === 'idle')
})

test('a failed build leaves the live site serving and shows the error; rebuild now recovers', async ({ request }) => {
  test.setTimeout(900_000)
  const editor = await token(request, 'editor@example.org')
  const admin = await token(request, 'admin@example.org')
  const before = await (await request.get('/en/library/')).text()
  writeFileSync(failMarker(), '')
  try {
    const slug = `failing-build-${Date.now().toString(36)}`
    await request.post('/api/resources', {
      headers: editor,
      data: { title: 'Waits for a working build', slug, type: 'guide', _status: 'published' },
    })
    await waitFor(async () => (await status(request, editor)).state === 'failed')
    expect((await status(request, editor)).lastError).toMatch(/static build .* exited with code 1/)
    expect(await (await request.get('/en/library/')).text()).toBe(before)
    expect(await pageStatus(request, `/en/library/${slug}/`)).toBe(404)
    rmSync(failMarker())
    expect((await request.post('/api/globals/site-status/rebuild', { headers: admin })).status()).toBe(202)
    await waitFor(async () => (await pageStatus(request, `/en/library/${slug}/`)) === 200)
    await waitFor(async () => (await status(request, editor)).state === 'idle')
    expect((await status(request, editor)).lastError ?? '').toBe('')
  } finally {
    rmSync(failMarker(), { force: true })
  }
})

test('the admin shows editors the public site status, and admins a rebuild button', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('admin@example.org')
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /log ?in/i }).click()
  await page.waitForURL(/\/admin(\/)?$/)
  await page.goto('/admin/globals/site-status')
  await expect(page.getByText('Public site status').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Rebuild the public site now' })).toBeVisible()
  await page.getByRole('button', { name: 'Rebuild the public site now' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Rebuild requested.' })).toBeVisible()
})

test('an editor previews a draft from the admin: the page as it will look, only for them', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000)
  const editor = await token(request, 'editor@example.org')
  const word = `zqpreview${Date.now().toString(36)}`
  const created = await request.post('/api/resources', {
    headers: editor,
    data: {
      title: `Draft preview ${word}`,
      slug: `preview-check-${word}`,
      type: 'guide',
      summary: `Not yet published: ${word}.`,
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  const previewPath = `/api/resources/${id}/preview?locale=ar`
  expect((await request.get(previewPath)).status()).toBe(403)

  expect(
    (await page.request.post('/api/users/login', { data: { email: 'editor@example.org', password } })).status(),
  ).toBe(200)
  await page.goto(`/admin/collections/resources/${id}`)
  await expect(page.locator(`a[href*="/api/resources/${id}/preview"]`).first()).toBeAttached()
  await page.goto(previewPath)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('.preview-banner')).toBeVisible()
  await expect(page.locator('h1')).toContainText(word)
  expect(await pageStatus(request, `/ar/library/preview-check-${word}/`)).toBe(404)
})
