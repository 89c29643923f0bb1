import type { IncomingMessage, ServerResponse } from 'node:http'

import { loggedPath } from './loggedPath'

/** One line of the request log. */
export type RequestLogLine = {
  time: string
  method: string
  path: string
  status: number
  ms: number
  /** Bytes sent on the connection for this answer (headers included), as compressed on the wire. */
  bytes: number
  /** Present when the client went away before the answer was complete. */
  aborted?: true
}

const writeLine = (line: RequestLogLine) => {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

/**
 * Writes one JSON line per request when its answer is done (or cut off): method, path without
 * query string or ids, status, duration and bytes. Nothing that says who asked: no address,
 * no user, no query string.
 */
export const logRequest = (
  request: IncomingMessage,
  response: ServerResponse,
  write: (line: RequestLogLine) => void = writeLine,
) => {
  const started = performance.now()
  const sentBefore = request.socket.bytesWritten
  response.once('close', () => {
    write({
      time: new Date().toISOString(),
      method: request.method ?? '',
      path: loggedPath(request.url ?? '/'),
      status: response.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes: request.socket.bytesWritten - sentBefore,
      ...(response.writableFinished ? {} : { aborted: true as const }),
    })
  })
}
