import ICAL from 'ical.js'
import { expect, test } from '@playwright/test'

import es from '../../cms/contract/i18n/es.json' with { type: 'json' }

const password = 'e2e-demo-password'
const event = 'gender-and-prevention-webinar'

test('a registered user sees the join link and gets the event in her calendar; cancelling hides it again', async ({
  page,
}) => {
  await page.goto(`/es/events/${event}/`)
  await expect(page.getByRole('link', { name: es['eventreg.signIn'] })).toBeVisible()
  await expect(page.getByRole('link', { name: es['eventreg.join'] })).toHaveCount(0)
  expect(
    (await page.request.post('/api/users/login', { data: { email: 'juan@example.org', password } })).status(),
  ).toBe(200)
  await page.reload()
  await page.getByRole('button', { name: es['eventreg.register'] }).click()
  await expect(page.getByRole('status').filter({ hasText: es['eventreg.registered'] })).toBeVisible()
  await expect(page.getByRole('link', { name: es['eventreg.join'] })).toHaveAttribute(
    'href',
    /^https:\/\/meet\.example\.org\//,
  )

  const ics = await page.evaluate(async () => (await fetch('/api/event-registrations/mine.ics')).text())
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
  expect(vevents.some((vevent) => String(vevent.getFirstPropertyValue('url')).includes(event))).toBe(true)

  await page.getByRole('button', { name: es['eventreg.cancel'] }).click()
  await expect(page.getByRole('button', { name: es['eventreg.register'] })).toBeVisible()
  await expect(page.getByRole('link', { name: es['eventreg.join'] })).toHaveCount(0)
})
