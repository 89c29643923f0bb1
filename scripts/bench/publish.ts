import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { saveInputs } from '../../cms/publishing/incremental/buildInputs'
import { prepareBuild } from '../../cms/publishing/incremental/prepareBuild'
import { carryOver } from '../../cms/publishing/incremental/reusePages'
import { prepareRuntimeEnv } from '../../cms/config/runtimeEnv'
import { indexForSearch } from '../../cms/publishing/searchIndex'
import { precompressBuild } from '../../cms/publishing/precompress'
import { largestPage } from './largestPage'
import { writeSyntheticSnapshot } from './syntheticSnapshot'

/**
 * `npm run bench:publish`: publish-to-live for one changed resource, on the demo content (a real
 * publish in a fresh seeded database, then the builds the worker runs: full and incremental) and on
 * a synthetic library of BENCH_ITEMS resources (default 10,000) × 6 languages built from a snapshot,
 * in full and incrementally. Prints each step, the peak memory of the static build and the
 * heaviest page built.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-bench-'))
process.env.DATABASE_URL = `file:${path.join(scratch, 'bench.db')}`
process.env.MEDIA_DIR = path.join(scratch, 'media')
process.env.PORTAL_DIR = path.join(scratch, 'portal')
process.env.PORTAL_BUILDS_DIR = path.join(scratch, 'builds')
process.env.SNAPSHOT_DIR = path.join(scratch, 'snapshot')
process.env.SEED_DEMO_PASSWORD = 'bench'
prepareRuntimeEnv({ production: false })

/** Runs a command and samples its memory (and its children's) every 100 ms. */
const measured = (command: string, env: Record<string, string>) =>
  new Promise<{ seconds: number; peakMiB: number }>((resolve, reject) => {
    const started = Date.now()
    const child = spawn(command, { shell: true, stdio: 'ignore', env: { ...process.env, ...env } })
    let peak = 0
    const sampler = setInterval(() => {
      const ps = spawn('sh', ['-c', `ps -o rss= --ppid ${child.pid} -p ${child.pid} | awk '{s+=$1} END {print s}'`])
      ps.stdout.on('data', (data: Buffer) => (peak = Math.max(peak, Number(data.toString().trim()) || 0)))
    }, 100)
    child.once('exit', (code) => {
      clearInterval(sampler)
      if (code !== 0) reject(new Error(`${command} exited with ${code}`))
      else resolve({ seconds: (Date.now() - started) / 1000, peakMiB: Math.round(peak / 1024) })
    })
  })

try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { seed } = await import('../../cms/seed')
  const { buildPortal } = await import('../../cms/publishing/portalBuild')
  const payload = await getPayload({ config })
  await seed(payload)
  await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR })
  const { docs } = await payload.find({ collection: 'resources', limit: 1, overrideAccess: true })
  const change = (mode: 'full' | 'incremental') =>
    payload.update({
      collection: 'resources',
      id: docs[0]!.id,
      data: { summary: `Changed (${mode}) at ${new Date().toISOString()}` },
      overrideAccess: true,
    })
  for (const mode of ['full', 'incremental'] as const) {
    const started = Date.now()
    await change(mode)
    const demo = await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR, full: mode === 'full' })
    console.log(
      `demo content, ${mode} build: one change live in ${((Date.now() - started) / 1000).toFixed(1)} s (plus the worker's ${process.env.REBUILD_QUIET_MS ?? 2000} ms quiet period); ${demo.pages} pages; ${demo.mode}; steps (ms):`,
      demo.timings,
    )
  }
  await payload.destroy()

  const count = Number(process.env.BENCH_ITEMS ?? 10_000)
  const snapshot = path.join(scratch, 'synthetic-snapshot')
  await writeSyntheticSnapshot({ baseDir: process.env.SNAPSHOT_DIR, outDir: snapshot, count })
  const astroEnv = { SNAPSHOT_DIR: snapshot, ASTRO_TELEMETRY_DISABLED: '1' }
  const report = (
    label: string,
    astro: { seconds: number; peakMiB: number },
    other: Record<string, number>,
    pages: number,
  ) => {
    const total = astro.seconds + Object.values(other).reduce((sum, seconds) => sum + seconds, 0)
    const steps = Object.entries(other)
      .map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`)
      .join(', ')
    console.log(
      `  ${label}: astro build ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB), ${steps}; ${pages} pages; one change live in ${total.toFixed(1)} s`,
    )
  }
  const seconds = async <T>(work: () => Promise<T>) => {
    const started = Date.now()
    const result = await work()
    return { result, seconds: (Date.now() - started) / 1000 }
  }
  console.log(`synthetic library: ${count} resources × 6 languages`)

  const fullDir = path.join(scratch, 'synthetic-full')
  const full = await prepareBuild({
    liveDir: path.join(scratch, 'none'),
    snapshotDir: snapshot,
    buildDir: fullDir,
    full: true,
  })
  const fullAstro = await measured('astro build --silent', { ...astroEnv, PORTAL_OUT_DIR: fullDir })
  const fullSearch = await seconds(() => indexForSearch(fullDir))
  const fullCompress = await seconds(() => precompressBuild({ buildDir: fullDir, previousDir: null }))
  await saveInputs(fullDir, full.inputs)
  report(
    'full build',
    fullAstro,
    { pagefind: fullSearch.seconds, precompress: fullCompress.seconds },
    fullSearch.result,
  )
  console.log('  precompressed:', fullCompress.result)
  const heaviest = await largestPage(fullDir)
  console.log(`  heaviest page: ${heaviest.page}, ${heaviest.bytes} bytes (${heaviest.gzipBytes} gzip)`)

  const resourcesFile = path.join(snapshot, 'resources.json')
  const resources = JSON.parse(readFileSync(resourcesFile, 'utf8')) as { summary: Record<string, string> }[]
  resources[0]!.summary.en = `Changed at ${new Date().toISOString()}`
  writeFileSync(resourcesFile, JSON.stringify(resources))
  const nextDir = path.join(scratch, 'synthetic-incremental')
  const plan = await seconds(() =>
    prepareBuild({ liveDir: fullDir, snapshotDir: snapshot, buildDir: nextDir, full: false }),
  )
  if (!plan.result.partial) throw new Error(`expected an incremental build: ${JSON.stringify(plan.result.plan)}`)
  const partial = plan.result.partial
  const partialAstro = await measured('astro build --silent', {
    ...astroEnv,
    PORTAL_OUT_DIR: nextDir,
    PORTAL_PARTIAL_FILE: partial.specFile,
  })
  const carried = await seconds(() => carryOver(partial.previousDir, nextDir, partial.files))
  const partialSearch = await seconds(() => indexForSearch(nextDir))
  const partialCompress = await seconds(() => precompressBuild({ buildDir: nextDir, previousDir: fullDir }))
  const steps = {
    plan: plan.seconds,
    'carry-over': carried.seconds,
    pagefind: partialSearch.seconds,
    precompress: partialCompress.seconds,
  }
  report(
    `incremental build (${partial.rendered} item rendered, ${partial.files.length} files carried over)`,
    partialAstro,
    steps,
    partialSearch.result,
  )
  console.log('  precompressed:', partialCompress.result)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
