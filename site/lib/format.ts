import type { LocaleCode } from '@cms/shared/locales'

/** Dates and numbers in the reader's conventions (Arabic digits as the locale prefers, CJK date order…). */
export const formatDate = (iso: string, lang: LocaleCode, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso))

export const formatDateTime = (iso: string, lang: LocaleCode, timeZone: string) =>
  new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso))

export const formatNumber = (value: number, lang: LocaleCode) => new Intl.NumberFormat(lang).format(value)

export const formatBytes = (bytes: number, lang: LocaleCode) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: bytes < 1024 * 1024 ? 'kilobyte' : 'megabyte', maximumFractionDigits: 1 }).format(
    bytes < 1024 * 1024 ? bytes / 1024 : bytes / (1024 * 1024),
  )

export const languageName = (code: string, lang: LocaleCode) => new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code
