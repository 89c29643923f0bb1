import { defaultLocale, type LocaleCode } from '@contract/locales'
import type { Localized } from '@contract/snapshotSchema'

/** A text in the reader's language, or in English when not yet translated, with the language it is in. */
export type Picked = { text: string; lang: LocaleCode; isFallback: boolean }

export const pick = (value: Localized | null | undefined, lang: LocaleCode): Picked => {
  const own = value?.[lang]
  if (own) return { text: own, lang, isFallback: false }
  return { text: value?.en ?? '', lang: defaultLocale, isFallback: lang !== defaultLocale }
}

/** Just the string, for attributes and sorting. */
export const textIn = (value: Localized | null | undefined, lang: LocaleCode) => pick(value, lang).text
