import type { IncomingAuthType } from 'payload'

import { emailHtml, emailText, languageOf } from './emailText'
import { settings } from '../config/settings'

type ForgotPassword = NonNullable<Exclude<IncomingAuthType['forgotPassword'], undefined>>

/** The reset link opens the account page in the user's language, which finishes the reset. */
export const resetLink = (lang: string, token: string) =>
  `${(settings().SERVER_URL ?? '').replace(/\/$/, '')}/${lang}/account/?reset=${encodeURIComponent(token)}`

/** "Forgot password" e-mail, written in the user's preferred language. */
export const resetPasswordEmail: ForgotPassword = {
  expiration: 60 * 60 * 1000,
  generateEmailSubject: ({ user } = {}) => emailText(languageOf(user), 'email.reset.subject'),
  generateEmailHTML: ({ token = '', user } = {}) => {
    const lang = languageOf(user)
    const name = String((user as { name?: string } | undefined)?.name ?? '')
    return emailHtml(
      lang,
      [
        emailText(lang, 'email.reset.greeting', { name }),
        emailText(lang, 'email.reset.body'),
        emailText(lang, 'email.reset.ignore'),
      ],
      { href: resetLink(lang, token), label: emailText(lang, 'email.reset.link') },
    )
  },
}
