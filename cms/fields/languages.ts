import type { SelectField } from 'payload'

import { locales } from '../contract/locales'

/** Which of the platform's languages an item is available in. */
export const languagesField = (name = 'languages', label = 'Languages available'): SelectField => ({
  name,
  label,
  type: 'select',
  hasMany: true,
  options: locales.map((locale) => ({ label: locale.label, value: locale.code })),
})
