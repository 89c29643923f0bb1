import { APIError, type PayloadRequest } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { LimitName } from '../limits'
import { limiterStore } from './limiterStore'

/** Words for each refusal; the portal shows its own, in the reader's language, by the `limit` it names. */
const refusals: Record<LimitName, string> = {
  signInPerAddress: 'Too many sign-in attempts from your address.',
  failedSignInsPerAccountAndAddress: 'Too many failed sign-ins for this account.',
  failedSignInsPerAccount: 'Too many failed sign-ins for this account.',
  registrationPerAddress: 'Too many accounts registered from your address.',
  passwordResetPerAddress: 'Too many password reset requests from your address.',
  resetEmailsPerAccount: 'Too many password reset e-mails for this account.',
  postingPerAddress: 'Too many posts from your address.',
  postingPerAccount: 'Too many posts from your account.',
}

/**
 * Counts one request against a limit; past it, refuses with 429, saying in `Retry-After` (and in
 * the error's data) how many seconds are left.
 */
export const spendOrRefuse = async (req: PayloadRequest, name: LimitName, key: string) => {
  const store = await limiterStore(req.payload)
  try {
    await store.limiter(name).consume(key)
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    req.responseHeaders = new Headers({ 'retry-after': String(seconds) })
    throw new APIError(
      `${refusals[name]} Try again in ${seconds} s.`,
      429,
      { limit: name, retryAfterSeconds: seconds },
      true,
    )
  }
}

/** Forgets what a limit counted for a key (a successful sign-in ends the run of failures). */
export const forgetCount = async (req: PayloadRequest, name: LimitName, key: string) => {
  const store = await limiterStore(req.payload)
  await store.limiter(name).delete(key)
}
