import type { Payload } from 'payload'

import { problem } from '../../http/problem'
import { probeDatabase } from '../health/probeDatabase'

/** What a client is told while the database does not answer; it may try again in a minute. */
export const databaseUnavailable = () => {
  const response = problem(503, 'The service cannot reach its database at the moment. Please try again in a minute.')
  response.headers.set('retry-after', '60')
  return response
}

/**
 * Runs an API request and, when it fails as a server fault (a 500 or a thrown error), asks the
 * database whether it is there: if not, the client gets a 503 that says so instead of "something
 * went wrong". Only failures pay for the question; any other fault stays what it was.
 */
export const answerUnlessDatabaseDown = async (
  payload: Payload,
  answer: () => Promise<Response>,
): Promise<Response> => {
  let response: Response
  try {
    response = await answer()
  } catch (error) {
    if ((await probeDatabase(payload)).reachable) throw error
    return databaseUnavailable()
  }
  if (response.status !== 500 || (await probeDatabase(payload)).reachable) return response
  await response.body?.cancel()
  return databaseUnavailable()
}
