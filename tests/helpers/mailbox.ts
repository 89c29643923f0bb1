import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CapturedMail } from '../../cms/email/mailCapture'

/** The messages the SMTP capture in `dir` received for `to`, oldest first. */
export const mailTo = (to: string, dir = process.env.MAIL_CAPTURE_DIR!): CapturedMail[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as CapturedMail)
        .filter((mail) => mail.to.includes(to))
    : []

/** Waits for a message to `to` that satisfies `matches`. */
export const waitForMail = async (
  to: string,
  matches: (mail: CapturedMail) => boolean = () => true,
  dir?: string,
  timeoutMs = 20_000,
) => {
  const started = Date.now()
  for (;;) {
    const found = mailTo(to, dir).filter(matches).pop()
    if (found) return found
    if (Date.now() - started > timeoutMs) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** The password-reset token in a reset e-mail's link. */
export const resetTokenIn = (mail: CapturedMail) => {
  const match = /[?&]reset=([A-Za-z0-9%._-]+)/.exec(mail.html)
  if (!match) throw new Error(`no reset link in: ${mail.text}`)
  return decodeURIComponent(match[1]!)
}
