import type { IncomingAuthType } from 'payload'

import { resetPasswordEmail } from '../../email/resetPasswordEmail'

const inProduction = process.env.NODE_ENV === 'production'

/** Cookie and lockout policy (first-party cookies only, lockout after repeated failures) and the reset e-mail. */
export const authSettings: IncomingAuthType = {
  tokenExpiration: 60 * 60 * 8,
  maxLoginAttempts: 5,
  lockTime: 15 * 60 * 1000,
  forgotPassword: resetPasswordEmail,
  cookies: {
    sameSite: 'Lax',
    secure: inProduction && process.env.INSECURE_COOKIES !== 'true',
  },
}
