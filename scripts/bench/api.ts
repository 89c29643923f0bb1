import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'

import { apiClient, type Caller } from './apiClient'
import { enrolInAll, joinForum, registerLearners, selfPacedCourses, type Learner } from './learnerWorld'
import { runVirtualUsers, summarise, table, type Call, type Row, type Sample } from './load'
import { machineBusySeconds, processTreeCpuSeconds } from './processCpu'

/**
 * `npm run bench:api`: a learner load against a real `npm start` on a fresh seeded database
 * (SQLite by default; BENCH_DATABASE_URL=postgres://… for an empty PostgreSQL database), over HTTP
 * on 127.0.0.1. BENCH_USERS virtual users (default 20, one connection each) register and sign in
 * once each (the sign-in row: deliberately slow password hashing), then run each learner call
 * alone — my learning, course progress, lesson completion (each a lesson not yet done), forum
 * read and reply — and then all of them mixed. A phase ends after BENCH_REQUESTS_PER_USER calls per
 * user (default 50) or BENCH_SECONDS (default 20). For each: requests/s, p50 and p99 latency,
 * errors, the server's CPU time per request (read from /proc for the server's processes) and how
 * busy other processes kept the machine meanwhile (figures taken on a shared machine need it).
 */
const port = Number(process.env.BENCH_PORT ?? 3377)
const base = `http://127.0.0.1:${port}`
const users = Number(process.env.BENCH_USERS ?? 20)
const perUser = Number(process.env.BENCH_REQUESTS_PER_USER ?? 50)
const seconds = Number(process.env.BENCH_SECONDS ?? 20)
const demoPassword = 'bench-password'
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
    SEED_DEMO_PASSWORD: demoPassword,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    // Speed, not limits, is measured: each virtual user comes from its own address and the limits are lifted.
    TRUST_PROXY: 'true',
    RATE_LIMIT_MULTIPLIER: '1000',
  },
})

const waitForServer = async () => {
  for (let attempt = 0; attempt < 900; attempt++) {
    if (
      await fetch(`${base}/en/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error('the server did not start')
}

const api = apiClient(base)
const rows: Row[] = []
const failures: string[] = []

/** Runs one phase and adds its rows: the whole phase, and each kind of call in it when it mixes several. */
const phase = async (
  label: string,
  next: (user: number, index: number) => Call | null,
  send: (user: number, call: Call) => Promise<string | undefined>,
) => {
  const before = {
    server: processTreeCpuSeconds(server.pid!),
    machine: machineBusySeconds(),
    bench: process.cpuUsage(),
  }
  const run = await runVirtualUsers({ users, seconds, next, send })
  const serverCpu = processTreeCpuSeconds(server.pid!) - before.server
  const benchCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(before.bench))
  const others = machineBusySeconds() - before.machine - serverCpu - benchCpu
  rows.push(summarise(label, run.samples, run.seconds, { server: serverCpu, others, cores: availableParallelism() }))
  const kinds = [...new Set(run.samples.map((sample) => sample.kind))]
  if (kinds.length > 1)
    for (const kind of kinds)
      rows.push(
        summarise(
          `  ${kind}`,
          run.samples.filter((sample: Sample) => sample.kind === kind),
          run.seconds,
          null,
        ),
      )
  failures.push(...run.samples.flatMap((sample) => (sample.error ? [sample.error] : [])).slice(0, 3))
  console.log(table(rows.slice(-1 - (kinds.length > 1 ? kinds.length : 0))))
}

try {
  await waitForServer()
  const { learners, password } = await registerLearners(api, users)
  const moderator: Caller = {
    token: (
      await api.must({ address: '10.40.0.1' }, 'POST', '/users/login', {
        email: 'moderator@example.org',
        password: demoPassword,
      })
    ).token,
    address: '10.40.0.1',
  }

  // Sign-in once per virtual user, measured: the token it returns serves that user for the rest of the run.
  await phase(
    'sign-in',
    (user, index) =>
      index === 0
        ? { kind: 'sign-in', method: 'POST', path: '/users/login', body: { email: learners[user]!.email, password } }
        : null,
    async (user, call) => {
      const answer = await api.call(learners[user]!, 'POST', call.path, call.body)
      learners[user]!.token = answer.json.token
      return answer.status === 200 ? undefined : `sign-in: ${answer.status}`
    },
  )
  const courses = await selfPacedCourses(api)
  await enrolInAll(api, learners, courses)
  const threads = await joinForum(api, learners, moderator, { community: 'pve-practitioners', posts: 20 })

  const calls: Record<string, (learner: Learner, index: number) => Call> = {
    'my learning': (learner) => ({ kind: 'my learning', path: `/enrolments/mine?locale=${learner.locale}` }),
    'course progress': (learner, index) => ({
      kind: 'course progress',
      path: `/lesson-progress/course/${courses[index % courses.length]}?locale=${learner.locale}`,
    }),
    // Each call records a lesson this learner has not done yet (once all are done, the last one again).
    'lesson completion': (learner) => {
      const { course, lesson } = learner.lessons[Math.min(learner.done++, learner.lessons.length - 1)]!
      return {
        kind: 'lesson completion',
        method: 'POST',
        path: `/lesson-progress/course/${course}/lesson/${lesson}/complete?locale=${learner.locale}`,
      }
    },
    'forum read': () => ({
      kind: 'forum read',
      path: `/posts?where[thread][equals]=${threads.read}&sort=createdAt&limit=200&depth=0`,
    }),
    'forum reply': (_, index) => ({
      kind: 'forum reply',
      method: 'POST',
      path: '/posts',
      body: { thread: threads.reply, body: `Reply ${index} with **Markdown** and a [link](https://example.org).` },
    }),
  }
  const send = (user: number, call: Call) => api.attempt(learners[user]!, call.method ?? 'GET', call.path, call.body)
  // What any signed-in call costs before it does anything (routing, session check, answer): the floor the others stand on.
  await phase(
    'floor: GET /api/users/me',
    (_, index) => (index < perUser ? { kind: 'floor', path: '/users/me' } : null),
    send,
  )
  // Completion alone takes at most 60 % of each learner's lessons, so the mix still has lessons to record.
  const completionsAlone = Math.min(perUser, Math.floor(learners[0]!.lessons.length * 0.6))
  for (const [kind, make] of Object.entries(calls)) {
    const limit = kind === 'lesson completion' ? completionsAlone : perUser
    await phase(kind, (user, index) => (index < limit ? make(learners[user]!, index) : null), send)
  }
  // The mix: per ten calls, three course progress, two my learning, two completions, two forum reads, one reply.
  const mix = [
    'course progress',
    'my learning',
    'lesson completion',
    'forum read',
    'course progress',
    'lesson completion',
    'my learning',
    'forum read',
    'course progress',
    'forum reply',
  ]
  await phase(
    'mix',
    (user, index) => (index < perUser ? calls[mix[(index + user) % mix.length]!](learners[user]!, index) : null),
    send,
  )

  console.log(
    `\n${users} virtual users, ${courses.length} courses each; database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}\n`,
  )
  console.log(table(rows))
  if (failures.length > 0) console.log(`\nFirst errors:\n${failures.slice(0, 10).join('\n')}`)
} finally {
  server.kill('SIGTERM')
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
