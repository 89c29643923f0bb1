import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { settings } from '../config/settings'

/**
 * Payload's e-mail goes out over SMTP (`SMTP_URL`, e.g. `smtps://user:pass@mail.example.org:465`).
 * `npm start` without SMTP_URL points it at the local capture in `.data/mail/` (scripts/lib/mailCapture.ts).
 */
export const smtpEmailAdapter = (): EmailAdapter => () => {
  const from = settings().EMAIL_FROM
  const [, fromName = 'Connect & Learn', fromAddress = 'no-reply@localhost'] = /^(.*?)\s*<([^>]+)>$/.exec(from) ?? []
  let transport: Transporter | undefined
  return {
    name: 'smtp',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const url = settings().SMTP_URL
      if (!url) throw new Error('No SMTP_URL is set, so e-mail cannot be sent.')
      transport ??= nodemailer.createTransport(url)
      return transport.sendMail({ from, ...message })
    },
  }
}
