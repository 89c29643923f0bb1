import { expect, test, type Browser, type Page } from '@playwright/test'

import { minimalPdf } from '../../cms/seed/minimalPdf'
import fr from '../../cms/contract/i18n/fr.json' with { type: 'json' }

const password = 'e2e-demo-password'
const community = 'pve-practitioners'

const signedInPage = async (browser: Browser, email: string) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  expect((await page.request.post('/api/users/login', { data: { email, password } })).status()).toBe(200)
  return page
}
const openThread = async (page: Page, title: string) => {
  await page.goto(`/fr/communities/${community}/`)
  await page.locator('.threads').getByRole('button', { name: title }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

test('someone asks to join a community, a moderator approves, she posts, a reported post is hidden and its author banned, then readmitted', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const title = `Bonjour de Mei ${Date.now().toString(36)}`
  const mei = await signedInPage(browser, 'mei@example.org')
  await mei.goto(`/fr/communities/${community}/`)
  await mei.getByLabel(fr['forum.joinMessage']).fill('Je travaille sur la prévention au niveau local.')
  await mei.getByRole('button', { name: fr['forum.joinButton'] }).click()
  await expect(mei.getByRole('status').filter({ hasText: fr['forum.status.pending'] })).toBeVisible()

  // The moderator sees who asks (from Mei's account) and accepts, from the community page.
  const moderator = await signedInPage(browser, 'moderator@example.org')
  await moderator.goto(`/fr/communities/${community}/`)
  const requestToJoin = moderator.locator('.requests li').filter({ hasText: 'Lin Mei' })
  await expect(requestToJoin).toContainText('University of Hong Kong')
  await expect(requestToJoin).toContainText('Je travaille sur la prévention au niveau local.')
  await requestToJoin.getByRole('button', { name: fr['forum.approve'] }).click()
  await expect(requestToJoin).toHaveCount(0)

  await mei.reload()
  await mei.getByLabel(fr['forum.threadTitle']).fill(title)
  await mei.getByLabel(fr['forum.message']).fill('Je me présente : **prévention locale**, <script>alert(1)</script>')
  const agenda = `agenda-${Date.now().toString(36)}.pdf`
  await mei.getByLabel(fr['forum.attach']).setInputFiles({
    name: agenda,
    mimeType: 'application/pdf',
    buffer: Buffer.from(minimalPdf({ title: 'Agenda', paragraphs: ['Ordre du jour.'] })),
  })
  await mei.getByRole('button', { name: fr['forum.startThread'] }).click()
  await expect(mei.getByRole('heading', { name: title })).toBeVisible()
  // The shared file: linked from the post, open to members, closed to anyone else.
  const fileHref = (await mei.locator('.thread .rich a', { hasText: agenda }).getAttribute('href'))!
  expect(new URL(fileHref, 'http://x').pathname).toMatch(/^\/api\/media\/file\//)
  expect(await mei.evaluate(async (url) => (await fetch(url)).status, fileHref)).toBe(200)
  expect([403, 404]).toContain((await request.get(fileHref)).status())
  await expect(mei.locator('.thread .rich strong')).toHaveText('prévention locale')
  await expect(mei.locator('.thread .rich script')).toHaveCount(0)

  // A member replies with something that breaks the rules; Mei reports it.
  const learner = await signedInPage(browser, 'learner@example.org')
  await openThread(learner, title)
  await learner.getByLabel(fr['forum.yourReply']).fill('Message hors sujet à masquer')
  await learner.getByRole('button', { name: fr['forum.reply'] }).click()
  await expect(learner.getByText('Message hors sujet à masquer')).toBeVisible()
  // Her own post can still be corrected for a while.
  await learner.getByRole('button', { name: fr['forum.edit'] }).click()
  await learner.getByLabel(fr['forum.yourReply']).first().fill('Message hors sujet à masquer (corrigé)')
  await learner.getByRole('button', { name: fr['forum.save'] }).click()
  await expect(learner.getByText('Message hors sujet à masquer (corrigé)')).toBeVisible()
  await expect(learner.getByText(fr['forum.edited'])).toBeVisible()
  await openThread(mei, title)
  await mei.getByRole('button', { name: fr['forum.report'] }).first().click()
  await expect(mei.getByRole('status').filter({ hasText: fr['forum.reported'] })).toBeVisible()

  await openThread(moderator, title)
  const reported = moderator.locator('.post').filter({ hasText: 'Message hors sujet à masquer' })
  await expect(reported).toContainText(fr['forum.reportedLabel'])
  await reported.getByRole('button', { name: fr['forum.hide'] }).click()
  await expect(reported).toContainText(fr['forum.hiddenLabel'])

  await moderator.getByRole('button', { name: fr['forum.pin'] }).click()
  await expect(moderator.getByRole('button', { name: fr['forum.unpin'] })).toBeVisible()

  await openThread(mei, title)
  await expect(mei.getByText('Message hors sujet à masquer')).toHaveCount(0)

  // The author of the reported message is banned: the forum closes to her at once; readmitted, it opens again.
  await openThread(moderator, title)
  await moderator
    .locator('.post')
    .filter({ hasText: 'Message hors sujet à masquer' })
    .getByRole('button', { name: fr['forum.ban'] })
    .click()
  await moderator.getByRole('button', { name: fr['forum.banYes'] }).click()
  await expect(moderator.getByRole('status').filter({ hasText: 'Aïcha Benali' })).toBeVisible()
  await learner.goto(`/fr/communities/${community}/`)
  await expect(learner.getByRole('status').filter({ hasText: fr['forum.status.banned'] })).toBeVisible()
  await moderator.goto(`/fr/communities/${community}/`)
  await moderator
    .locator('.requests li')
    .filter({ hasText: 'Aïcha Benali' })
    .getByRole('button', { name: fr['forum.liftBan'] })
    .click()
  await learner.reload()
  await expect(learner.getByRole('heading', { name: fr['forum.threads'] })).toBeVisible()

  // The activity stream shows the new discussion to members.
  await mei.goto(`/fr/communities/${community}/`)
  await expect(mei.locator('.activity li').filter({ hasText: title }).first()).toContainText(
    fr['forum.activity.thread'],
  )
})
