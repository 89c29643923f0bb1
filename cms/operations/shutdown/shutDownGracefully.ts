import type { Server } from 'node:http'

import { trackInFlight } from './inFlightRequests'

/** One thing to stop once no request is left, in order (the rebuild worker, the app, the database). */
export type ShutdownStep = { name: string; run: () => Promise<unknown> | unknown }

const log = (message: string) => console.log(`[shutdown] ${message}`)

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish (until
 * `deadlineMs`, after which their connections are cut), run the steps, and exit 0. A second
 * signal, or steps that hang past a further `deadlineMs`, end the process at once with 1.
 */
export const shutDownGracefully = ({
  server,
  deadlineMs,
  steps,
}: {
  server: Server
  deadlineMs: number
  steps: () => ShutdownStep[]
}) => {
  const requests = trackInFlight(server)
  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: stopping now.`)
      process.exit(1)
    }
    stopping = true
    log(
      `${signal}: no new connections; finishing ${requests.count()} requests in flight (at most ${deadlineMs / 1000} s).`,
    )
    const cut = setTimeout(() => {
      log(`${requests.count()} requests still running after ${deadlineMs / 1000} s: closing their connections.`)
      server.closeAllConnections()
    }, deadlineMs)
    await requests.close()
    clearTimeout(cut)
    setTimeout(() => {
      log('the last steps did not finish in time; stopping now.')
      process.exit(1)
    }, deadlineMs).unref()
    for (const step of steps()) {
      try {
        await step.run()
      } catch (error) {
        log(`${step.name} failed: ${(error as Error).message}`)
      }
    }
    log('done.')
    process.exit(0)
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal))
}
