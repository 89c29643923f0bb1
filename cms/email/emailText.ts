import { dictionaries, type UiKey } from '../contract/dictionaries'
import { isLocaleCode, locales, type LocaleCode } from '../contract/locales'

type EmailKey = Extract<UiKey, `email.${string}`>

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The language to write to a user in: theirs, or English. */
export const languageOf = (user: unknown): LocaleCode => {
  const preferred = (user as { preferredLanguage?: unknown } | null)?.preferredLanguage
  return isLocaleCode(preferred) ? preferred : 'en'
}

/** An e-mail string from the portal's dictionaries (one source for every UI text), placeholders filled in. */
export const emailText = (lang: LocaleCode, key: EmailKey, values: Record<string, string> = {}) =>
  dictionaries[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '')

/** A plain HTML e-mail: paragraphs of escaped text, and one link, in the reader's language and direction. */
export const emailHtml = (lang: LocaleCode, paragraphs: string[], link?: { href: string; label: string }) => {
  const dir = locales.find((locale) => locale.code === lang)?.dir ?? 'ltr'
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')
  const button = link
    ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>\n<p>${escapeHtml(link.href)}</p>`
    : ''
  return `<!doctype html><html lang="${lang}" dir="${dir}"><body>\n${body}\n${button}\n<p>${escapeHtml(emailText(lang, 'email.signature'))}</p></body></html>`
}
