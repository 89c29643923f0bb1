import type { Server } from 'node:http'

/**
 * Counts the requests a server is answering, and once it is closing, lets go of each connection
 * as soon as its last answer is out (a kept-alive connection would otherwise hold the server
 * open until its idle timeout).
 */
export const trackInFlight = (server: Server) => {
  let inFlight = 0
  let closing = false
  const drained: (() => void)[] = []
  server.on('request', (_request, response) => {
    inFlight++
    response.once('close', () => {
      inFlight--
      if (!closing) return
      server.closeIdleConnections()
      if (inFlight === 0) drained.splice(0).forEach((resolve) => resolve())
    })
  })
  return {
    count: () => inFlight,
    /** Stops taking connections and resolves when every request in flight is answered. */
    close: () => {
      closing = true
      server.close()
      server.closeIdleConnections()
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))
    },
  }
}
