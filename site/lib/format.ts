import type { LocaleCode } from '@contract/locales'

/**
 * Building an Intl formatter costs far more than using one, and a large portal formats tens of
 * thousands of dates: each formatter is made once per language and options, then reused.
 */
const memo = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>()
  return (key: string) => {
    let value = made.get(key)
    if (!value) made.set(key, (value = make(key)))
    return value
  }
}

const dateFormat = memo((key) => {
  const [lang, timeZone] = key.split(' ')
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone })
})
const dateTimeFormat = memo((key) => {
  const [lang, timeZone] = key.split(' ')
  return new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
})
const numberFormat = memo((lang) => new Intl.NumberFormat(lang))
const byteFormat = memo((key) => {
  const [lang, unit] = key.split(' ')
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 })
})
const languageNames = memo((lang) => new Intl.DisplayNames([lang], { type: 'language' }))

/** Dates and numbers in the reader's conventions (Arabic digits as the locale prefers, CJK date order…). */
export const formatDate = (iso: string, lang: LocaleCode, timeZone = 'UTC') =>
  dateFormat(`${lang} ${timeZone}`).format(new Date(iso))

export const formatDateTime = (iso: string, lang: LocaleCode, timeZone: string) =>
  dateTimeFormat(`${lang} ${timeZone}`).format(new Date(iso))

export const formatNumber = (value: number, lang: LocaleCode) => numberFormat(lang).format(value)

export const formatBytes = (bytes: number, lang: LocaleCode) => {
  const megabytes = bytes >= 1024 * 1024
  return byteFormat(`${lang} ${megabytes ? 'megabyte' : 'kilobyte'}`).format(
    megabytes ? bytes / (1024 * 1024) : bytes / 1024,
  )
}

export const languageName = (code: string, lang: LocaleCode) => languageNames(lang).of(code) ?? code
