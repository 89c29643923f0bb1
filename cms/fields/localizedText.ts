import type { TextareaField, TextField } from 'payload'

/** A required, translated single-line text (titles, names). */
export const localizedTitle = (name = 'title'): TextField => ({
  name,
  type: 'text',
  required: true,
  localized: true,
  maxLength: 200,
})

/** A translated short summary shown on cards and in search results. */
export const localizedSummary = (name = 'summary'): TextareaField => ({
  name,
  type: 'textarea',
  localized: true,
  maxLength: 600,
})
