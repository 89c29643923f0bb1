import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm run bench:api`: latency of the endpoints learners hit most — enrol, record progress, post
 * in a forum — against a real `npm start` on a fresh seeded database (SQLite by default, or
 * BENCH_DATABASE_URL), over HTTP on 127.0.0.1. BENCH_REQUESTS (default 300) per endpoint, four at a
 * time. Prints p50, p90 and p99 in milliseconds.
 */
const port = Number(process.env.BENCH_PORT ?? 3377)
const base = `http://127.0.0.1:${port}`
const requests = Number(process.env.BENCH_REQUESTS ?? 300)
const concurrency = 4
const password = 'bench-password'
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-bench-api-'))

const server = spawn('tsx', ['scripts/start.ts'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    SERVER_URL: base,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(scratch, 'bench.db')}`,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'bench-secret',
    SEED_DEMO_PASSWORD: password,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    // Latency, not limits, is measured: each request comes from its own address and the limits are lifted.
    TRUST_PROXY: 'true',
    RATE_LIMIT_MULTIPLIER: '1000',
  },
})

const waitForServer = async () => {
  for (let attempt = 0; attempt < 900; attempt++) {
    if (await fetch(`${base}/en/`).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('the server did not start')
}

let address = 0
const call = async (method: string, url: string, token: string, body?: unknown) => {
  const response = await fetch(`${base}/api${url}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'x-forwarded-for': `10.1.${(address >> 8) & 255}.${address++ & 255}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, any>
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
const logIn = async (email: string) => (await call('POST', '/users/login', '', { email, password })).token as string

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

/** Runs `requests` calls of `work`, `concurrency` at a time, and reports the latency distribution. */
const measure = async (label: string, work: (index: number) => Promise<unknown>) => {
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const index = next++
        const started = performance.now()
        await work(index)
        times.push(performance.now() - started)
      }
    }),
  )
  times.sort((a, b) => a - b)
  console.log(`${label.padEnd(28)} n=${times.length}  p50 ${percentile(times, 50).toFixed(1)} ms  p90 ${percentile(times, 90).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms`)
}

try {
  await waitForServer()
  const learners = ['learner', 'learner2', 'olga', 'samir', 'priya', 'juan', 'fatou', 'jonas', 'leila', 'mei']
  const tokens = await Promise.all(learners.map((key) => logIn(`${key}@example.org`)))
  const course = 'introduction-to-preventing-violent-extremism'
  const lessons = (await call('GET', `/lesson-progress/course/${course}`, tokens[0]!)).lessons as { slug: string }[]

  // Each sample enrols and then withdraws again (two calls), so every enrol call does the full work.
  await measure('enrol + withdraw (2 calls)', async (index) => {
    const token = tokens[index % tokens.length]!
    await call('POST', `/enrolments/course/${course}/enrol`, token).catch(() => undefined)
    await call('POST', `/enrolments/course/${course}/withdraw`, token).catch(() => undefined)
  })
  for (const token of tokens) await call('POST', `/enrolments/course/${course}/enrol`, token).catch(() => undefined)
  await measure('record lesson progress', (index) => call('POST', `/lesson-progress/course/${course}/lesson/${lessons[index % lessons.length]!.slug}/complete`, tokens[index % tokens.length]!))

  const moderator = await logIn('moderator@example.org')
  const community = ((await call('GET', '/communities?where[slug][equals]=pve-practitioners&depth=0', moderator)).docs as { id: number }[])[0]!.id
  const thread = (await call('POST', '/threads', moderator, { community, title: 'Benchmark thread', body: 'Replies below.' })).doc.id
  await measure('forum reply', (index) => call('POST', '/posts', moderator, { thread, body: `Reply number ${index} with **Markdown** and a [link](https://example.org).` }))
} finally {
  server.kill('SIGTERM')
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
