import { spawn } from 'node:child_process'
import { cp, lstat, mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'
import type { Payload } from 'payload'

import { exportPublicSnapshot } from '../../cms/snapshot/exportPublicSnapshot'
import { snapshotDir } from './paths'

/** The live portal: a symbolic link to the current complete build, replaced in one step. */
export const portalDirs = () => ({
  live: path.resolve(process.env.PORTAL_DIR ?? 'dist'),
  builds: path.resolve(process.env.PORTAL_BUILDS_DIR ?? '.cache/builds'),
  snapshot: snapshotDir(),
})

/** The static build; PORTAL_BUILD_COMMAND replaces it (a shell command line) where a deployment needs flags of its own. */
const staticBuildCommand = () => process.env.PORTAL_BUILD_COMMAND ?? 'astro build --silent'

const run = (commandLine: string, env: Record<string, string>) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(commandLine, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } })
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the static build (${commandLine}) exited with code ${code}`))))
  })

const countHtml = async (dir: string): Promise<number> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}

/** Points the live link at a build in one step: a new link renamed over the old one. */
export const pointLiveAt = async (buildDir: string, liveDir: string) => {
  const existing = await lstat(liveDir).catch(() => null)
  if (existing && !existing.isSymbolicLink()) await rename(liveDir, `${buildDir}-replaced-dir`)
  const link = `${liveDir}.next-link`
  await rm(link, { force: true })
  await symlink(buildDir, link, 'dir')
  await rename(link, liveDir)
}

/** Swaps the new build in and keeps the last few builds for rollback. */
const swapIn = async (buildDir: string, { live: liveDir, builds: buildsDir }: ReturnType<typeof portalDirs>) => {
  await pointLiveAt(buildDir, liveDir)
  const builds = (await readdir(buildsDir)).filter((name) => /^\d+$/.test(name)).sort()
  for (const old of builds.slice(0, -3)) await rm(path.join(buildsDir, old), { recursive: true, force: true })
}

/** Times each step of a build, for the logs, the admin and the benchmarks. */
const stepTimer = () => {
  const timings: Record<string, number> = {}
  const time = async <T>(step: string, work: () => Promise<T>) => {
    const started = Date.now()
    const result = await work()
    timings[step] = Date.now() - started
    return result
  }
  return { time, timings }
}

type BuildArgs = { payload: Payload; mediaDir: string }

const buildInto = async ({ payload, mediaDir, buildDir, dirs, timer }: BuildArgs & { buildDir: string; dirs: ReturnType<typeof portalDirs>; timer: ReturnType<typeof stepTimer> }) => {
  const { time, timings } = timer
  const counts = await time('snapshot', () => exportPublicSnapshot({ payload, outDir: dirs.snapshot, mediaDir }))
  await time('astro', () => run(staticBuildCommand(), { SNAPSHOT_DIR: dirs.snapshot, PORTAL_OUT_DIR: buildDir, ASTRO_TELEMETRY_DISABLED: '1' }))
  await cp(path.join(dirs.snapshot, 'media'), path.join(buildDir, 'media'), { recursive: true })
  const indexed = await time('pagefind', async () => {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: buildDir })
    const written = await index.writeFiles({ outputPath: path.join(buildDir, 'pagefind') })
    await pagefind.close()
    if (added.errors.length > 0 || written.errors.length > 0) throw new Error(`pagefind: ${[...added.errors, ...written.errors].join('; ')}`)
    return added.page_count
  })
  const pages = await countHtml(buildDir)
  if (pages < counts.courses || indexed === 0) throw new Error(`portal build looks incomplete: ${pages} pages, ${indexed} indexed`)
  await swapIn(buildDir, dirs)
  return { buildDir, pages, indexed, counts, timings }
}

/**
 * Builds the public portal from what the public may read: snapshot → astro build → Pagefind, into a
 * fresh directory; only a complete build (pages and search index present) replaces the live one.
 */
export const buildPortal = async ({ payload, mediaDir }: BuildArgs) => {
  const dirs = portalDirs()
  const buildDir = path.join(dirs.builds, String(Date.now()))
  await mkdir(buildDir, { recursive: true })
  try {
    return await buildInto({ payload, mediaDir, buildDir, dirs, timer: stepTimer() })
  } catch (error) {
    // A failed build never reaches the live site; its half-written directory goes.
    await rm(buildDir, { recursive: true, force: true })
    throw error
  }
}
