import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import fr from '../../cms/contract/i18n/fr.json' with { type: 'json' }
import { waitForMail } from '../helpers/mailbox'

const password = 'e2e-demo-password'
const mailDir = () => path.join(process.env.E2E_SCRATCH!, 'mail')

const signIn = async (page: Page, email: string) => {
  expect((await page.request.post('/api/users/login', { data: { email, password } })).status()).toBe(200)
}
const tokenOf = async (request: APIRequestContext, email: string) => {
  const response = await request.post('/api/users/login', { data: { email, password } })
  return { authorization: `JWT ${(await response.json()).token}` }
}

test('a learner enrols in an open course from its page, and withdraws', async ({ page }) => {
  await page.goto('/fr/courses/introduction-to-preventing-violent-extremism/')
  await expect(page.getByRole('link', { name: fr['enrol.signIn'] })).toBeVisible()
  await signIn(page, 'learner2@example.org')
  await page.reload()
  await page.getByRole('button', { name: fr['enrol.enrolButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.active'] })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.active'] })).toBeVisible()
  await page.getByRole('button', { name: fr['enrol.withdrawButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.withdrawn'] })).toBeVisible()
})

test('a learner picks a cohort with places left', async ({ page }) => {
  await signIn(page, 'olga@example.org')
  await page.goto('/fr/courses/border-security-and-management-fundamentals/')
  const enrol = page.getByRole('button', { name: fr['enrol.enrolButton'] })
  await expect(enrol).toBeDisabled()
  const cohorts = page.getByLabel(fr['enrol.chooseCohort'], { exact: true })
  const firstOpen = await cohorts.locator('option').nth(1).getAttribute('value')
  await cohorts.selectOption(firstOpen!)
  await enrol.click()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.active'] })).toBeVisible()
})

test('a learner asks for a place in a closed course; the instructor approves and she is told by e-mail', async ({
  page,
  request,
}) => {
  const course = 'strategic-communications-for-prevention'
  await signIn(page, 'samir@example.org')
  await page.goto(`/fr/courses/${course}/`)
  await expect(page.getByText(fr['enrol.closedNote'])).toBeVisible()
  await page.getByRole('button', { name: fr['enrol.requestButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.pending'] })).toBeVisible()

  const instructor = await tokenOf(request, 'instructor@example.org')
  const samir = (
    await (await request.get('/api/users/me', { headers: await tokenOf(request, 'samir@example.org') })).json()
  ).user.id
  const pending = await request.get(
    `/api/enrolments?where[user][equals]=${samir}&where[status][equals]=pending&depth=0`,
    { headers: instructor },
  )
  const request_ = ((await pending.json()).docs as { id: number }[])[0]
  expect(request_).toBeTruthy()
  expect(
    (
      await request.patch(`/api/enrolments/${request_!.id}`, { headers: instructor, data: { status: 'active' } })
    ).status(),
  ).toBe(200)

  const mail = await waitForMail(
    'samir@example.org',
    (message) => message.html.includes(`/courses/${course}/`),
    mailDir(),
  )
  expect(mail.subject.length).toBeGreaterThan(5)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.active'] })).toBeVisible()

  // Only now does the reader show the lessons' text.
  await page.getByRole('link', { name: fr['enrol.start'] }).click()
  await expect(page).toHaveURL(new RegExp(`/fr/courses/${course}/learn/`))
  await expect(page.locator('.rich p').first()).toBeVisible()
  await page.getByRole('button', { name: fr['learn.markComplete'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['learn.lessonDone'] })).toBeVisible()
})

test('a learner completes every lesson of an open course: 100 %, after a reload and a new sign-in', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const course = 'introduction-to-preventing-violent-extremism'
  await signIn(page, 'priya@example.org')
  await page.goto(`/fr/courses/${course}/`)
  await page.getByRole('button', { name: fr['enrol.enrolButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['enrol.active'] })).toBeVisible()
  const lessons = (await (await page.request.get(`/api/lesson-progress/course/${course}`)).json()).lessons as {
    slug: string
  }[]
  expect(lessons.length).toBeGreaterThan(1)
  for (const lesson of lessons) {
    await page.goto(`/fr/courses/${course}/${lesson.slug}/`)
    // The learner reads to the end of the lesson, where the island wakes up.
    await page.locator('nav.pager').scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: fr['learn.markComplete'] }).click()
    await expect(page.getByRole('status').filter({ hasText: fr['learn.lessonDone'] })).toBeVisible()
  }
  await expect(page.getByRole('status').filter({ hasText: fr['learn.courseDone'] })).toBeVisible()
  await page.reload()
  await expect(page.locator('progress')).toHaveAttribute('value', '100')

  const fresh = await browser.newContext()
  const again = await fresh.newPage()
  await signIn(again, 'priya@example.org')
  await again.goto('/fr/account/')
  const mine = again.locator('.my-learning li').filter({ hasText: fr['learn.status.completed'] })
  await expect(mine.locator('progress')).toHaveAttribute('value', '100')
  await fresh.close()
})
