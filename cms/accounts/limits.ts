import { settings } from '../config/settings'

const minute = 60
const hour = 60 * minute

/** A limit: so many points per window (seconds); past it, refused for `blockSeconds`. */
export type Limit = { points: number; windowSeconds: number; blockSeconds: number }

const scaled = (limit: Limit): Limit => ({
  ...limit,
  points: Math.max(1, Math.round(limit.points * settings().RATE_LIMIT_MULTIPLIER)),
})

/**
 * Every limit on requests worth abusing, in one place (RATE_LIMIT_MULTIPLIER scales them all, e.g.
 * for a test run from one address). Sign-in failures back off per account *and address*, so a
 * stranger guessing a password slows herself down without locking the owner out; only a guessing
 * campaign from many addresses (100 failures within an hour) pauses the account itself, briefly.
 */
export const limits = () => ({
  signInPerAddress: scaled({ points: 10, windowSeconds: minute, blockSeconds: minute }),
  failedSignInsPerAccountAndAddress: scaled({ points: 5, windowSeconds: 15 * minute, blockSeconds: 15 * minute }),
  failedSignInsPerAccount: scaled({ points: 100, windowSeconds: hour, blockSeconds: 10 * minute }),
  registrationPerAddress: scaled({ points: 5, windowSeconds: hour, blockSeconds: hour }),
  passwordResetPerAddress: scaled({ points: 5, windowSeconds: 15 * minute, blockSeconds: 15 * minute }),
  resetEmailsPerAccount: scaled({ points: 3, windowSeconds: hour, blockSeconds: hour }),
  postingPerAddress: scaled({ points: 20, windowSeconds: minute, blockSeconds: minute }),
  postingPerAccount: scaled({ points: 20, windowSeconds: minute, blockSeconds: minute }),
})

export type LimitName = keyof ReturnType<typeof limits>
