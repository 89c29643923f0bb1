import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { localeCodes } from '../../cms/contract/locales'

/** One page of every template; axe must find nothing at WCAG 2.2 AA in any language. */
const templates = [
  '',
  'courses/',
  'courses/by/format/instructor-led/',
  'courses/introduction-to-preventing-violent-extremism/',
  'courses/prison-management-and-disengagement/',
  'courses/introduction-to-preventing-violent-extremism/what-is-violent-extremism/',
  'library/',
  'library/page/2/',
  'library/by/theme/victims-of-terrorism/',
  'library/informal-value-transfer-guide/',
  'events/',
  'experts/',
  'experts/amina-diallo/',
  'communities/',
  'communities/pve-practitioners/',
  'search/',
  'about/',
  'account/',
  '404/',
]

for (const lang of localeCodes) {
  test(`every template is free of WCAG 2.2 AA violations in ${lang}`, async ({ page }) => {
    test.setTimeout(180_000)
    const failures: string[] = []
    for (const template of templates) {
      const url = `/${lang}/${template}`
      const response = await page.goto(url)
      expect(response?.status(), url).toBe(200)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      for (const violation of violations)
        failures.push(`${url}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)
    }
    expect(failures).toEqual([])
  })
}

test('the accessibility check does catch a violation when there is one', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>x</title><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x"></a></main></body></html>',
  )
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  expect(violations.map((violation) => violation.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name']))
})
