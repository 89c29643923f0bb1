import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import fr from '../../cms/contract/i18n/fr.json' with { type: 'json' }
import { resetTokenIn, waitForMail } from '../helpers/mailbox'

const mailDir = () => path.join(process.env.E2E_SCRATCH!, 'mail')

/** Everything a page reported that a Content-Security-Policy blocked. */
const watchPolicyViolations = (page: Page) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('a learner registers in French, edits her profile, resets a forgotten password by e-mail, downloads her data and deletes her account', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const violations = watchPolicyViolations(page)
  const email = `nadia-${Date.now().toString(36)}@example.org`

  await page.goto('/fr/account/')
  await page.getByRole('button', { name: fr['account.toRegister'] }).click()
  await page.getByLabel(fr['account.email'], { exact: true }).fill(email)
  // One of the passwords attackers try first is refused, in her language.
  await page.getByLabel(fr['account.password'], { exact: true }).fill('password')
  await page.getByLabel(fr['account.name']).fill('Nadia Benali')
  await page.getByLabel(fr['account.organisation']).fill('Office national de sécurité')
  await page.getByLabel(fr['account.sector']).selectOption('member-state')
  await page.getByLabel(fr['account.country']).fill('MA')
  await page.getByLabel(fr['account.privacyConsent']).check()
  await page.getByRole('button', { name: fr['account.registerButton'] }).click()
  await expect(page.getByRole('alert')).toHaveText(fr['account.error.passwordCommon'])
  await page.getByLabel(fr['account.password'], { exact: true }).fill('premier-mot-de-passe')
  await page.getByRole('button', { name: fr['account.registerButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.registered'] })).toBeVisible()
  await expect(page.getByText(fr['account.welcome'].replace('{{name}}', 'Nadia Benali'))).toBeVisible()

  await page.getByLabel(fr['account.organisation']).fill('Ministère de l’Intérieur')
  await page.getByRole('button', { name: fr['account.saveButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.saved'] })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel(fr['account.organisation'])).toHaveValue('Ministère de l’Intérieur')
  await expect(page.getByLabel(fr['account.preferredLanguage'])).toHaveValue('fr')

  await page.getByRole('button', { name: fr['account.signOutButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.signedOut'] })).toBeVisible()
  await page.getByRole('button', { name: fr['account.toForgot'] }).click()
  await page.getByLabel(fr['account.email'], { exact: true }).fill(email)
  await page.getByRole('button', { name: fr['account.forgotButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.forgotSent'] })).toBeVisible()

  const mail = await waitForMail(email, undefined, mailDir())
  expect(mail.subject).toBe(fr['email.reset.subject'])
  await page.goto(`/fr/account/?reset=${encodeURIComponent(resetTokenIn(mail))}`)
  await page.getByLabel(fr['account.newPassword'], { exact: true }).fill('nouveau-mot-de-passe')
  await page.getByRole('button', { name: fr['account.resetButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.resetDone'] })).toBeVisible()
  await page.getByRole('button', { name: fr['account.signOutButton'] }).click()
  await page.getByLabel(fr['account.email'], { exact: true }).fill(email)
  await page.getByLabel(fr['account.password'], { exact: true }).fill('premier-mot-de-passe')
  await page.getByRole('button', { name: fr['account.signInButton'] }).click()
  await expect(page.getByRole('alert')).toHaveText(fr['account.error.credentials'])
  await page.getByLabel(fr['account.password'], { exact: true }).fill('nouveau-mot-de-passe')
  await page.getByRole('button', { name: fr['account.signInButton'] }).click()
  await expect(page.getByText(fr['account.welcome'].replace('{{name}}', 'Nadia Benali'))).toBeVisible()

  // Changing the password takes the current one.
  const details = page.getByRole('region', { name: fr['account.credentialsTitle'] })
  await details.getByLabel(fr['account.newPasswordOptional']).fill('troisieme-mot-de-passe')
  await details.getByLabel(fr['account.currentPassword']).fill('pas-le-bon')
  await details.getByRole('button', { name: fr['account.credentialsButton'] }).click()
  await expect(details.getByRole('alert')).toHaveText(fr['account.error.currentPasswordWrong'])
  await details.getByLabel(fr['account.newPasswordOptional']).fill('troisieme-mot-de-passe')
  await details.getByLabel(fr['account.currentPassword']).fill('nouveau-mot-de-passe')
  await details.getByRole('button', { name: fr['account.credentialsButton'] }).click()
  await expect(details.getByRole('status').filter({ hasText: fr['account.credentialsSaved'] })).toBeVisible()
  expect(
    (await page.request.post('/api/users/login', { data: { email, password: 'troisieme-mot-de-passe' } })).status(),
  ).toBe(200)

  const link = page.getByRole('link', { name: fr['account.downloadButton'] })
  await expect(link).toHaveAttribute('download', 'connect-learn-my-data.json')
  const exported = await page.evaluate(async (url) => (await fetch(url)).json(), (await link.getAttribute('href'))!)
  expect(exported.account.email).toBe(email)

  await page.getByLabel(fr['account.deleteConfirm']).check()
  await page.getByRole('button', { name: fr['account.deleteButton'] }).click()
  await expect(page.getByRole('status').filter({ hasText: fr['account.deleted'] })).toBeVisible()
  const gone = await page.request.post('/api/users/login', { data: { email, password: 'troisieme-mot-de-passe' } })
  expect(gone.status()).toBe(401)
  expect(violations).toEqual([])
})

test('password reset requests are rate limited per client address, with Retry-After', async ({ request }) => {
  const client = { 'x-forwarded-for': '198.51.100.23' }
  let asked = 0
  // Different addresses each time: reset e-mails are also limited per account.
  const ask = () =>
    request.post('/api/users/forgot-password', { headers: client, data: { email: `nobody-${++asked}@example.org` } })
  // The server runs with RATE_LIMIT_MULTIPLIER=20 (playwright.config.ts): 5 × 20 requests per 15 minutes.
  for (let attempt = 1; attempt <= 5 * 20; attempt++) expect((await ask()).status()).toBe(200)
  const refused = await ask()
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  expect((await refused.json()).errors[0].message).toMatch(/Too many password reset requests/)
  // Another client is not affected.
  expect(
    (
      await request.post('/api/users/forgot-password', {
        headers: { 'x-forwarded-for': '198.51.100.24' },
        data: { email: 'nobody@example.org' },
      })
    ).status(),
  ).toBe(200)
})

// Oversized bodies (413, by the declared length) are checked on the started server in tests/server/hardening.test.ts.
test('responses carry security headers', async ({ request }) => {
  const page = await request.get('/en/')
  expect(page.headers()['x-content-type-options']).toBe('nosniff')
  expect(page.headers()['x-frame-options']).toBe('DENY')
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(await page.text()).toContain('http-equiv="content-security-policy"')
})
