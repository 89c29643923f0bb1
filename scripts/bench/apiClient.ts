/** What one virtual user sends with each call: its session and the address it comes from. */
export type Caller = { token?: string; address: string }

/** The answer's JSON, of whatever shape the route gives: the bench reads a few known fields and stops loudly when one is missing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type ApiJson = Record<string, any>

export type Answer = { status: number; json: ApiJson }

/**
 * The platform's REST API over HTTP, as a browser island calls it (JWT instead of the cookie).
 * Each caller comes from an address of its own (the bench server trusts X-Forwarded-For).
 */
export const apiClient = (base: string, timeoutMs = 30_000) => {
  const call = async (caller: Caller, method: string, path: string, body?: unknown): Promise<Answer> => {
    const headers: Record<string, string> = { 'x-forwarded-for': caller.address }
    if (caller.token) headers.authorization = `JWT ${caller.token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // A server that stops answering shows up as errors in the report rather than a bench that never ends.
      signal: AbortSignal.timeout(timeoutMs),
    })
    return { status: response.status, json: (await response.json()) as ApiJson }
  }
  /** A call that must succeed (setting up the bench): anything else stops it, saying why. */
  const must = async (caller: Caller, method: string, path: string, body?: unknown) => {
    const answer = await call(caller, method, path, body)
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`)
    return answer.json
  }
  /** A measured call: undefined when it succeeded, else what went wrong. */
  const attempt = async (caller: Caller, method: string, path: string, body?: unknown) => {
    try {
      const answer = await call(caller, method, path, body)
      return answer.status < 300
        ? undefined
        : `${method} ${path}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`
    } catch (error) {
      return `${method} ${path}: ${(error as Error).message}`
    }
  }
  return { call, must, attempt }
}

export type ApiClient = ReturnType<typeof apiClient>
