import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Localized } from '../contract/snapshotSchema'
import { localeCodes } from '../contract/locales'

type PerLocale<T> = Partial<Record<string, T | null | undefined>> | null | undefined

/** Keeps the languages that have a value; English is required and falls back to ''. */
export const localizedText = (value: PerLocale<string>): Localized => {
  const result: Record<string, string> = { en: '' }
  for (const code of localeCodes) {
    const text = value?.[code]
    if (typeof text === 'string' && text.trim().length > 0) result[code] = text
  }
  return result as Localized
}

/** Rich text to HTML per language; the converter escapes text, so no user HTML passes through. */
export const localizedHtml = (value: PerLocale<SerializedEditorState>): Localized | undefined => {
  if (!value?.en) return undefined
  const result: Record<string, string> = {}
  for (const code of localeCodes) {
    const state = value[code]
    if (state?.root) result[code] = convertLexicalToHTML({ data: state, disableContainer: true })
  }
  return result as Localized
}

/** A localized value that may be missing altogether (e.g. an event's location). */
export const optionalText = (value: PerLocale<string>): Localized | null => (value?.en ? localizedText(value) : null)
