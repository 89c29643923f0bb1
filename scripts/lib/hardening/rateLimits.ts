/** A limit on one kind of request, counted per client address over a sliding window. */
export type RateRule = { name: string; method: string; path: RegExp; limit: number; windowMs: number }

const minute = 60_000

/** RATE_LIMIT_MULTIPLIER scales every limit (e.g. 20 for a test run from one address; default 1). */
const scaled = (limit: number) => Math.max(1, Math.round(limit * Number(process.env.RATE_LIMIT_MULTIPLIER || 1)))

/** Sign-in, registration, password reset and forum posting: the requests worth abusing. */
export const rateRules = (): RateRule[] => [
  { name: 'sign-in', method: 'POST', path: /^\/api\/users\/login\/?(\?.*)?$/, limit: scaled(10), windowMs: minute },
  { name: 'registration', method: 'POST', path: /^\/api\/users\/?(\?.*)?$/, limit: scaled(5), windowMs: 60 * minute },
  { name: 'password reset', method: 'POST', path: /^\/api\/users\/(forgot|reset)-password\/?(\?.*)?$/, limit: scaled(5), windowMs: 15 * minute },
  { name: 'posting', method: 'POST', path: /^\/api\/(threads|posts)\/?(\?.*)?$/, limit: scaled(20), windowMs: minute },
]

export type RateDecision = { allowed: true } | { allowed: false; rule: string; retryAfterSeconds: number }

/**
 * Counts requests per rule and client; refuses the ones over the limit, saying when to retry.
 * In memory: each server instance counts its own clients (behind a balancer, pin clients or
 * accept limits per instance).
 */
export const createRateLimiter = (rules: RateRule[] = rateRules(), now: () => number = Date.now) => {
  const hits = new Map<string, number[]>()
  let lastSweep = now()

  const sweep = (time: number) => {
    const longest = Math.max(...rules.map((rule) => rule.windowMs))
    for (const [key, times] of hits) if ((times.at(-1) ?? 0) <= time - longest) hits.delete(key)
    lastSweep = time
  }

  return (method: string, url: string, client: string): RateDecision => {
    const rule = rules.find((candidate) => candidate.method === method && candidate.path.test(url))
    if (!rule) return { allowed: true }
    const time = now()
    if (time - lastSweep > 60_000) sweep(time)
    const key = `${rule.name}\n${client}`
    const recent = (hits.get(key) ?? []).filter((at) => at > time - rule.windowMs)
    if (recent.length >= rule.limit) {
      hits.set(key, recent)
      return { allowed: false, rule: rule.name, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + rule.windowMs - time) / 1000)) }
    }
    recent.push(time)
    hits.set(key, recent)
    return { allowed: true }
  }
}
