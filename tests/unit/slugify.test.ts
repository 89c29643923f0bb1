import { describe, expect, test } from 'vitest'

import { slugify } from '../../cms/fields/slug'

describe('slugify makes URL slugs from titles', () => {
  test.each([
    ['Countering the Financing of Terrorism', 'countering-the-financing-of-terrorism'],
    ['Prévention de l’extrémisme violent', 'prevention-de-l-extremisme-violent'],
    ['  CBRN -- preparedness!  ', 'cbrn-preparedness'],
    ['Resolution 2396 (2017)', 'resolution-2396-2017'],
    ['مكافحة الإرهاب', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })
})
