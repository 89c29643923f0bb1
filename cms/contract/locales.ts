/**
 * The one list of languages the platform speaks. Payload, the seed, the portal and the
 * sitemap all import it; adding a language starts here.
 */
export const locales = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'fr', label: 'Français', dir: 'ltr' },
  { code: 'es', label: 'Español', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
  { code: 'ru', label: 'Русский', dir: 'ltr' },
  { code: 'zh', label: '中文', dir: 'ltr' },
] as const satisfies readonly { code: string; label: string; dir: 'ltr' | 'rtl' }[]

export type LocaleCode = (typeof locales)[number]['code']

export const localeCodes = locales.map((locale) => locale.code) as [LocaleCode, ...LocaleCode[]]

/** Content not yet translated falls back to this language. */
export const defaultLocale: LocaleCode = 'en'

export const isLocaleCode = (value: unknown): value is LocaleCode =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)
