import type { IncomingAuthType } from 'payload'

const inProduction = process.env.NODE_ENV === 'production'

/** Cookie and lockout policy: first-party cookies only, lockout after repeated failures. */
export const authSettings: IncomingAuthType = {
  tokenExpiration: 60 * 60 * 8,
  maxLoginAttempts: 5,
  lockTime: 15 * 60 * 1000,
  cookies: {
    sameSite: 'Lax',
    secure: inProduction && process.env.INSECURE_COOKIES !== 'true',
  },
}
