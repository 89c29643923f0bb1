import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'

import { prepareRuntimeEnv } from '../lib/runtimeEnv'
import { writeSyntheticSnapshot } from './syntheticSnapshot'

/**
 * `npm run bench:publish`: publish-to-live for one change, on the demo content (a real publish in a
 * fresh seeded database, then the full rebuild the worker runs) and on a synthetic library of
 * BENCH_ITEMS resources (default 10,000) × 6 languages built from a snapshot. Prints each step and
 * the peak memory of the static build.
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

const indexWithPagefind = async (dir: string) => {
  const started = Date.now()
  const { index } = await pagefind.createIndex({})
  const { page_count: pages } = await index!.addDirectory({ path: dir })
  await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') })
  await pagefind.close()
  return { pages, seconds: (Date.now() - started) / 1000 }
}

try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { seed } = await import('../../cms/seed')
  const { buildPortal } = await import('../lib/portalBuild')
  const payload = await getPayload({ config })
  await seed(payload)
  await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR })
  const { docs } = await payload.find({ collection: 'resources', limit: 1, overrideAccess: true })
  const started = Date.now()
  await payload.update({ collection: 'resources', id: docs[0]!.id, data: { summary: `Changed at ${new Date().toISOString()}` }, overrideAccess: true })
  const demo = await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR })
  console.log(`demo content: one change live in ${((Date.now() - started) / 1000).toFixed(1)} s (plus the worker's ${process.env.REBUILD_QUIET_MS ?? 2000} ms quiet period); ${demo.pages} pages; steps (ms):`, demo.timings)
  await payload.destroy()

  const count = Number(process.env.BENCH_ITEMS ?? 10_000)
  const snapshot = path.join(scratch, 'synthetic-snapshot')
  await writeSyntheticSnapshot({ baseDir: process.env.SNAPSHOT_DIR, outDir: snapshot, count })
  const out = path.join(scratch, 'synthetic-build')
  const astro = await measured('astro build --silent', { SNAPSHOT_DIR: snapshot, PORTAL_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' })
  const search = await indexWithPagefind(out)
  console.log(`synthetic library: ${count} resources × 6 languages → ${search.pages} pages`)
  console.log(`  astro build ${astro.seconds.toFixed(1)} s (peak ${astro.peakMiB} MiB), pagefind ${search.seconds.toFixed(1)} s; one change live in ${(astro.seconds + search.seconds).toFixed(1)} s`)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.exit(0)
