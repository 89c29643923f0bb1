import i18next from 'i18next'

import { dictionaries, type UiKey } from '@contract/dictionaries'
import { localeCodes, type LocaleCode } from '@contract/locales'

export type { UiKey }

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
export const translator = (lang: LocaleCode) => (key: UiKey, values?: Record<string, string | number>) =>
  t(lang, key, values)

/** The strings an island needs, in one language: every key starting with one of the prefixes. */
export const stringsFor = (lang: LocaleCode, prefixes: string[]) =>
  Object.fromEntries(
    Object.entries(dictionaries[lang]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
  )
