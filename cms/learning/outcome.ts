import { problem } from '../http/problem'

/** What a learning operation answers: a body to send, or a refusal with its status and reason. */
export type Outcome<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string }

export const answer = <T>(body: T, status = 200): Outcome<T> => ({ ok: true, status, body })

export const refuse = (status: number, message: string): Outcome<never> => ({ ok: false, status, message })

/** Personal answers are never stored by a browser or a proxy. */
const personal = { 'cache-control': 'no-store' }

/** The HTTP response for an outcome: JSON, or the API's error shape for a refusal. */
export const respond = <T>(outcome: Outcome<T>) =>
  outcome.ok
    ? Response.json(outcome.body, { status: outcome.status, headers: personal })
    : problem(outcome.status, outcome.message)
