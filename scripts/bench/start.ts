import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm run bench:start`: how long `npm start` takes to be ready when nothing needs building.
 * Starts the platform on a scratch database (SQLite, or BENCH_DATABASE_URL) once — that start
 * seeds the demo content, builds the portal, and builds the admin if its sources changed — stops
 * it with SIGTERM, starts it twice again, and prints the seconds until /api/health answered 200,
 * with the phases the server reported.
 */
const port = Number(process.env.BENCH_PORT ?? 3378)
const base = `http://127.0.0.1:${port}`
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-bench-start-'))
const env = {
  ...process.env,
  PORT: String(port),
  SERVER_URL: base,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(scratch, 'bench.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  PAYLOAD_SECRET: 'bench-secret',
  SEED_DEMO_PASSWORD: 'bench-password',
  PORTAL_DIR: path.join(scratch, 'portal'),
  PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
  SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
  MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
}

const healthy = () => fetch(`${base}/api/health`).then((response) => response.status === 200, () => false)

/** Starts the platform, waits until it is healthy (15 minutes at most), stops it; returns seconds and its ready line. */
const timedStart = async () => {
  const started = performance.now()
  const server = spawn('tsx', ['scripts/start.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const lineWith = (text: string) => output.split('\n').find((line) => line.includes(text)) ?? ''
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
  try {
    for (let waited = 0; !(await healthy()); waited++) {
      if (waited > 15 * 60 * 10 || server.exitCode !== null) throw new Error('the server did not start')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const seconds = (performance.now() - started) / 1000
    // The background connection of a restart, for the record (it is not part of being ready).
    for (let waited = 0; waited < 600 && !lineWith('Rebuild worker and scheduled jobs connected'); waited++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return { seconds, readyLine: lineWith('ready in'), workerLine: lineWith('Rebuild worker and scheduled jobs connected') }
  } finally {
    process.kill(-server.pid!, 'SIGTERM')
    await exited
  }
}

try {
  const first = await timedStart()
  console.log(`first start (seeding, portal build): ${first.seconds.toFixed(1)} s`)
  console.log(`  the server's account: ${first.readyLine.replace(/.*ready in /, '')}`)
  for (const run of ['second', 'third']) {
    const restart = await timedStart()
    console.log(`${run} start, nothing to build: ${restart.seconds.toFixed(1)} s to a healthy API`)
    console.log(`  the server's account: ${restart.readyLine.replace(/.*ready in /, '')}`)
    console.log(`  then, in the background: ${restart.workerLine.replace(/.*connected in /, '')}`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
