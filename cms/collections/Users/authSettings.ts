import type { IncomingAuthType } from 'payload'

import { resetPasswordEmail } from '../../email/resetPasswordEmail'
import { settings } from '../../config/settings'

/**
 * Cookie policy (first-party cookies only) and the reset e-mail. Payload's own lockout is off: it
 * locks the account itself after a few failures from anyone, so a stranger could lock the owner (or
 * an admin) out at will; failed sign-ins back off per account and address instead (cms/accounts/limits.ts).
 */
export const authSettings: IncomingAuthType = {
  tokenExpiration: 60 * 60 * 8,
  maxLoginAttempts: 0,
  forgotPassword: resetPasswordEmail,
  cookies: {
    sameSite: 'Lax',
    secure: settings().NODE_ENV === 'production' && !settings().INSECURE_COOKIES,
  },
}
