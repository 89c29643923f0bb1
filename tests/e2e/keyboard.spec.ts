import { expect, test, type Locator, type Page } from '@playwright/test'

/** Presses Tab until `target` has the focus, as a keyboard user would. */
const tabTo = async (page: Page, target: Locator, limit = 80) => {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`never reached ${target} with Tab`)
}

test('the skip link is the first stop and leads to the main content', async ({ page }) => {
  await page.goto('/en/courses/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('the language switcher works from the keyboard alone', async ({ page }) => {
  await page.goto('/en/courses/')
  await tabTo(page, page.locator('details.languages summary'))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('link', { name: 'Français' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/fr\/courses\/$/)
})

test('catalogue filters work from the keyboard alone', async ({ page }) => {
  await page.goto('/en/courses/')
  await tabTo(page, page.locator('nav.filters').getByRole('link', { name: 'Instructor-led' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/courses\/by\/format\/instructor-led\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Instructor-led')
})

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/en/search/')
  await tabTo(page, page.getByRole('searchbox', { name: 'Search the site' }).last())
  await page.keyboard.type('hawala')
  await page.keyboard.press('Enter')
  await expect(page.locator('#search-results a').first()).toBeVisible()
  await tabTo(page, page.locator('#search-results a').first())
})
