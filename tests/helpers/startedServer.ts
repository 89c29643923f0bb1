import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on the loopback interface. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

/**
 * Runs `npm start`'s script exactly as a user would, on its own port and database, and waits
 * until it says it is serving. The output is kept for the assertions and for failures.
 */
export const startServer = async (env: Record<string, string>) => {
  const port = await freePort()
  let output = ''
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    ...env,
  }
  // The start script sets NODE_ENV=production itself, as it does for users.
  delete childEnv.NODE_ENV
  const child: ChildProcess = spawn('tsx', ['scripts/start.ts'], {
    env: childEnv as NodeJS.ProcessEnv,
    detached: true,
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('is running on')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output.slice(-4000)}`)))
  })
  await ready
  return {
    baseURL: `http://127.0.0.1:${port}`,
    output: () => output,
    /** The exit code, once the server has stopped. */
    exited,
    /** SIGTERM to the server's process group, as a process manager sends it (once it has stopped, nothing). */
    stop: () => {
      if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM')
    },
  }
}
