import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'
import type { DeepPartial } from 'ts-essentials'

import { defaultLocale, localeCodes, type LocaleCode } from '../contract/locales'

/** Some of a collection's fields, in the shape Payload's update takes them. */
type SomeFieldsOf<TSlug extends CollectionSlug> = DeepPartial<RequiredDataFromCollectionSlug<TSlug>>

/**
 * A whole document in the default language: enough to create it (Payload's create) and to bring
 * an existing one back to it (Payload's update). For one collection both are the same object.
 */
type DocumentOf<TSlug extends CollectionSlug> = RequiredDataFromCollectionSlug<TSlug> & SomeFieldsOf<TSlug>

/** Translated field values per language: `{ fr: { title: … }, ar: { title: … } }`. */
export type Translations<TSlug extends CollectionSlug> = Partial<Record<LocaleCode, SomeFieldsOf<TSlug>>>

type UpsertArgs<TSlug extends CollectionSlug> = {
  payload: Payload
  collection: TSlug
  /** Identifies the document across runs (a slug, an email, a pair of relations). */
  where: Where
  /** The document in the default language, translated fields included. */
  data: DocumentOf<TSlug>
  /** The other languages of the translated fields (the default language's entry is ignored). */
  translations?: Translations<TSlug>
  /** Only on first creation (e.g. a password). */
  createOnly?: Partial<RequiredDataFromCollectionSlug<TSlug>>
}

/** The seed writes as the server itself: no user, and nothing that triggers a public rebuild. */
const asServer = { overrideAccess: true, depth: 0, context: { seeding: true } } as const

/**
 * Creates the document or brings it back to the content files' values, one language at a time,
 * so running the seed twice leaves the same data. Returns the id and whether it was created.
 */
export const upsert = async <TSlug extends CollectionSlug>({
  payload,
  collection,
  where,
  data,
  translations = {},
  createOnly = {},
}: UpsertArgs<TSlug>) => {
  const found = await payload.find({ collection, where, limit: 1, pagination: false, ...asServer })
  const existing = found.docs[0]
  const id = existing
    ? (await payload.update({ collection, id: existing.id, data, locale: defaultLocale, ...asServer })).id
    : // Object.assign rather than a spread: TypeScript cannot spread Payload's generic field types.
      (
        await payload.create({
          collection,
          data: Object.assign({}, data, createOnly),
          locale: defaultLocale,
          ...asServer,
        })
      ).id
  for (const locale of localeCodes) {
    const values = translations[locale]
    if (locale === defaultLocale || !values || Object.keys(values).length === 0) continue
    await payload.update({ collection, id, data: values, locale, ...asServer })
  }
  return { id, created: !existing }
}

/** A field's text in English (always there) and in any other languages it has. */
type InLanguages<T> = { en: T } & Partial<Record<LocaleCode, T>>

/**
 * Splits `{ title: { en, fr }, summary: { en, fr } }` into the English values, which go into the
 * document itself, and the values per other language.
 */
export const byLocale = <F extends Record<string, InLanguages<unknown>>>(fields: F) => {
  type Values = { [K in keyof F]: F[K]['en'] }
  const english = Object.fromEntries(Object.entries(fields).map(([field, texts]) => [field, texts.en])) as Values
  const translations: Partial<Record<LocaleCode, Partial<Values>>> = {}
  for (const [field, texts] of Object.entries(fields)) {
    for (const locale of localeCodes) {
      const value = texts[locale]
      if (locale === defaultLocale || value === undefined) continue
      const inLocale: Partial<Values> = (translations[locale] ??= {})
      inLocale[field as keyof F] = value as F[keyof F]['en']
    }
  }
  return { english, translations }
}

/** Applies a converter (Markdown → rich text) to every language of a text. */
export const mapLocales = <T>(text: InLanguages<string>, convert: (value: string) => T): InLanguages<T> => {
  const converted: InLanguages<T> = { en: convert(text.en) }
  for (const locale of localeCodes) {
    const value = text[locale]
    if (value !== undefined) converted[locale] = convert(value)
  }
  return converted
}
