import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { localeCodes } from '../../cms/shared/locales'

/** One page of every template; axe must find nothing at WCAG 2.2 AA in any language. */
const templates = [
  '',
  'courses/',
  'courses/by/format/instructor-led/',
  'courses/introduction-to-preventing-violent-extremism/',
  'courses/prison-management-and-disengagement/',
  'courses/introduction-to-preventing-violent-extremism/understanding-violent-extremism/',
  'library/',
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
      expect(response?.status(), url).toBe(template === '404/' ? 200 : 200)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      for (const violation of violations) failures.push(`${url}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)
    }
    expect(failures).toEqual([])
  })
}
