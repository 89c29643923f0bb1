import type { CollectionSlug, Payload, Where } from 'payload'

import { defaultLocale, localeCodes, type LocaleCode } from '../contract/locales'

/** Field values per language: `{ en: { title: … }, fr: { title: … } }`. */
export type LocalizedValues = Partial<Record<LocaleCode, Record<string, unknown>>>

type UpsertArgs = {
  payload: Payload
  collection: CollectionSlug
  /** Identifies the document across runs (a slug, an email, a pair of relations). */
  where: Where
  /** Fields that do not vary by language. */
  data: Record<string, unknown>
  localized?: LocalizedValues
  /** Only on first creation (e.g. a password). */
  createOnly?: Record<string, unknown>
}

/** The seed writes as the server itself: no user, and nothing that triggers a public rebuild. */
const asServer = { overrideAccess: true, depth: 0, context: { seeding: true } } as const

/**
 * Creates the document or brings it back to the content files' values, one language at a time,
 * so running the seed twice leaves the same data. Returns the id and whether it was created.
 */
export const upsert = async ({ payload, collection, where, data, localized = {}, createOnly = {} }: UpsertArgs) => {
  const found = await payload.find({ collection, where, limit: 1, pagination: false, ...asServer })
  const english = { ...data, ...localized[defaultLocale] }
  let id = found.docs[0]?.id
  const created = id === undefined
  if (created) {
    const doc = await payload.create({ collection, data: { ...english, ...createOnly } as never, locale: defaultLocale, ...asServer })
    id = doc.id
  } else {
    await payload.update({ collection, id: id as never, data: english as never, locale: defaultLocale, ...asServer })
  }
  for (const locale of localeCodes) {
    const values = localized[locale]
    if (locale === defaultLocale || !values || Object.keys(values).length === 0) continue
    await payload.update({ collection, id: id as never, data: values as never, locale, ...asServer })
  }
  return { id: id as number | string, created }
}

/** Splits `{ title: { en, fr }, summary: { en, fr } }` into values per language. */
export const byLocale = (fields: Record<string, Partial<Record<LocaleCode, unknown>> | undefined>): LocalizedValues => {
  const result: LocalizedValues = {}
  for (const [field, translations] of Object.entries(fields)) {
    for (const [locale, value] of Object.entries(translations ?? {})) {
      if (value === undefined) continue
      ;(result[locale as LocaleCode] ??= {})[field] = value
    }
  }
  return result
}

/** Applies a converter (Markdown → rich text) to every language of a text. */
export const mapLocales = <T>(text: Partial<Record<LocaleCode, string>>, convert: (value: string) => T) =>
  Object.fromEntries(Object.entries(text).map(([locale, value]) => [locale, convert(value as string)])) as Partial<
    Record<LocaleCode, T>
  >
