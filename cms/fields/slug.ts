import type { FieldHook, TextField } from 'payload'

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Turns a title into a URL slug: lower case ASCII words joined by hyphens. */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

const deriveSlugFromTitle =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.length > 0) return value
    const title = data?.[source]
    return typeof title === 'string' ? slugify(title) : value
  }

/** A copy made in the admin ("Duplicate") gets a slug of its own, still a valid one. */
const slugOfCopy: FieldHook = ({ value }) =>
  typeof value === 'string' ? `${value.slice(0, 80)}-copy-${Math.random().toString(36).slice(2, 8)}` : value

/**
 * A URL-safe slug shared by every language of a document. Unique across the collection unless
 * `unique: false`, for slugs scoped by a compound index (a lesson's slug within its course).
 */
export const slugField = (source = 'title', { unique = true } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique,
  index: true,
  maxLength: 96,
  admin: {
    position: 'sidebar',
    description: 'Lower-case words joined by hyphens; derived from the English title when left empty.',
  },
  validate: (value: string | null | undefined) =>
    typeof value === 'string' && kebab.test(value) ? true : 'Use lower-case letters, digits and single hyphens only.',
  hooks: { beforeValidate: [deriveSlugFromTitle(source)], beforeDuplicate: [slugOfCopy] },
})
