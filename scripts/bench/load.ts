/** One API call of a virtual user; `kind` names what it measures. */
export type Call = { kind: string; method?: 'GET' | 'POST' | 'PATCH'; path: string; body?: unknown }

/** How one call went: its latency, and why it failed if it did. */
export type Sample = { kind: string; ms: number; error?: string }

/**
 * Closed-loop load: every virtual user sends its calls one after another (one connection each),
 * all users at once. A user stops when `next` has no further call for it or `seconds` have passed.
 */
export const runVirtualUsers = async ({
  users,
  seconds,
  next,
  send,
}: {
  users: number
  seconds: number
  next: (user: number, index: number) => Call | null
  send: (user: number, call: Call) => Promise<string | undefined>
}) => {
  const samples: Sample[] = []
  const started = performance.now()
  const deadline = started + seconds * 1000
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let index = 0; performance.now() < deadline; index++) {
        const call = next(user, index)
        if (!call) return
        const sent = performance.now()
        const error = await send(user, call)
        samples.push({ kind: call.kind, ms: performance.now() - sent, error })
      }
    }),
  )
  return { samples, seconds: (performance.now() - started) / 1000 }
}

/**
 * One line of the report. `cpuMs` is the server's CPU time per request, when it can be told apart;
 * `othersPercent` how busy the rest of the machine was meanwhile (other processes, not this bench).
 */
export type Row = {
  label: string
  requests: number
  perSecond: number
  p50: number
  p99: number
  errors: number
  cpuMs: number | null
  othersPercent: number | null
}

/** CPU seconds a phase cost: the server's, and everything else's on the machine but this bench's. */
export type PhaseCpu = { server: number; others: number; cores: number }

/** The nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

export const summarise = (label: string, samples: Sample[], seconds: number, cpu: PhaseCpu | null): Row => {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  return {
    label,
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    errors: samples.filter((sample) => sample.error !== undefined).length,
    cpuMs: cpu === null || samples.length === 0 ? null : (cpu.server * 1000) / samples.length,
    othersPercent: cpu === null ? null : (100 * Math.max(0, cpu.others)) / (seconds * cpu.cores),
  }
}

const columns: [string, number, (row: Row) => string][] = [
  ['', 26, (row) => row.label],
  ['requests', 9, (row) => String(row.requests)],
  ['req/s', 8, (row) => row.perSecond.toFixed(1)],
  ['p50 ms', 8, (row) => row.p50.toFixed(1)],
  ['p99 ms', 8, (row) => row.p99.toFixed(1)],
  ['errors', 7, (row) => String(row.errors)],
  ['CPU ms/req', 11, (row) => (row.cpuMs === null ? '—' : row.cpuMs.toFixed(1))],
  ['others %', 9, (row) => (row.othersPercent === null ? '—' : row.othersPercent.toFixed(0))],
]

/** The report as a Markdown table, so it can be pasted as it is. */
export const table = (rows: Row[]) =>
  [
    `| ${columns.map(([name, width]) => name.padEnd(width)).join(' | ')} |`,
    `|${columns.map(([, width], index) => (index === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
    ...rows.map(
      (row) =>
        `| ${columns.map(([, width, value], index) => (index === 0 ? value(row).padEnd(width) : value(row).padStart(width))).join(' | ')} |`,
    ),
  ].join('\n')
