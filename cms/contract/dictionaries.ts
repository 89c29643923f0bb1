import { z } from 'zod'

import ar from './i18n/ar.json'
import en from './i18n/en.json'
import es from './i18n/es.json'
import fr from './i18n/fr.json'
import ru from './i18n/ru.json'
import zh from './i18n/zh.json'
import { localeCodes, type LocaleCode } from './locales'

/** A key of the UI dictionaries: the portal's words, the e-mails', the calendars'. */
export type UiKey = keyof typeof en

/** Every language must have every English key, non-empty: a missing translation fails the build and the start. */
const uiStrings = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
)

/** The six dictionaries (cms/contract/i18n/<lang>.json), checked complete when first imported. */
export const dictionaries: Record<LocaleCode, typeof en> = { en, fr, es, ar, ru, zh }

for (const code of localeCodes) {
  const result = uiStrings.safeParse(dictionaries[code])
  if (!result.success) throw new Error(`cms/contract/i18n/${code}.json: ${z.prettifyError(result.error)}`)
}
