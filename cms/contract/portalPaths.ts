import type { LocaleCode } from './locales'

/** The URL of a page in a language: `href('fr', 'courses', slug)` → `/fr/courses/slug/`. */
export const href = (lang: LocaleCode, ...segments: string[]) =>
  `/${[lang, ...segments].map(encodeURIComponent).join('/')}/`.replace(/\/+/g, '/')

/** The same page in another language: swaps the first path segment. */
export const inLanguage = (pathname: string, lang: LocaleCode) => pathname.replace(/^\/[a-z]{2}(?=\/|$)/, `/${lang}`)
