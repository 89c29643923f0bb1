import i18next from 'i18next'
import { z } from 'zod'

import { localeCodes, type LocaleCode } from '@cms/shared/locales'
import ar from '@site/i18n/ar.json'
import en from '@site/i18n/en.json'
import es from '@site/i18n/es.json'
import fr from '@site/i18n/fr.json'
import ru from '@site/i18n/ru.json'
import zh from '@site/i18n/zh.json'

export type UiKey = keyof typeof en

/** Every language must have every English key, non-empty: a missing translation fails the build. */
const uiStrings = z.strictObject(Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>)

const dictionaries = { en, fr, es, ar, ru, zh } as const
for (const code of localeCodes) {
  const result = uiStrings.safeParse(dictionaries[code])
  if (!result.success) throw new Error(`site/i18n/${code}.json: ${z.prettifyError(result.error)}`)
}

const instance = i18next.createInstance()
await instance.init({
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: dictionaries[code] }])),
  lng: 'en',
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** The UI string `key` in `lang`, with `{{placeholders}}` filled in. Astro escapes the result. */
export const t = (lang: LocaleCode, key: UiKey, values: Record<string, string | number> = {}): string =>
  instance.t(key, { lng: lang, ...values })

/** A translator bound to one language, for templates. */
export const translator = (lang: LocaleCode) => (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values)

/** The strings an island needs, in one language: every key starting with one of the prefixes. */
export const stringsFor = (lang: LocaleCode, prefixes: string[]) =>
  Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))))
