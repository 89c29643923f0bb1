import type { PayloadRequest } from 'payload'

import type { LocaleCode } from '../contract/locales'
import { emailHtml, emailText, languageOf } from './emailText'
import { settings } from '../config/settings'

type Keys = Parameters<typeof emailText>[1]

/**
 * E-mails one user, in her preferred language: a greeting, one paragraph and one link. `describe`
 * receives that language and returns the keys and placeholder values (e.g. a course title in it).
 */
export const notifyUser = async (
  req: PayloadRequest,
  userId: number | string,
  describe: (
    lang: LocaleCode,
  ) => Promise<{ subject: Keys; body: Keys; linkLabel: Keys; path: string; values: Record<string, string> }>,
) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!user?.email) return
  const lang = languageOf(user)
  const { subject, body, linkLabel, path, values } = await describe(lang)
  const href = `${(settings().SERVER_URL ?? '').replace(/\/$/, '')}${path}`
  // The decision stands even when the mail server does not answer; the failure is logged.
  await req.payload
    .sendEmail({
      to: user.email,
      subject: emailText(lang, subject, values),
      html: emailHtml(
        lang,
        [emailText(lang, 'email.reset.greeting', { name: user.name }), emailText(lang, body, values)],
        { href, label: emailText(lang, linkLabel) },
      ),
    })
    .catch((error: unknown) =>
      req.payload.logger.error({ err: error, msg: `e-mail to user ${userId} could not be sent` }),
    )
}
