import { cp, lstat, mkdir, readdir, realpath, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { runStaticBuild } from './staticBuild'
import { exportPublicSnapshot } from '../snapshot/exportPublicSnapshot'
import { inputsDirOf, saveInputs } from './incremental/buildInputs'
import { prepareBuild } from './incremental/prepareBuild'
import { carryOver } from './incremental/reusePages'
import { snapshotDir } from './snapshotDir'
import { indexForSearch } from './searchIndex'
import { precompressBuild } from './precompress'
import { settings } from '../config/settings'

/** The live portal: a symbolic link to the current complete build, replaced in one step. */
export const portalDirs = () => ({
  live: settings().PORTAL_DIR,
  builds: settings().PORTAL_BUILDS_DIR,
  snapshot: snapshotDir(),
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

const removeBuild = async (buildDir: string) => {
  await rm(buildDir, { recursive: true, force: true })
  await rm(inputsDirOf(buildDir), { recursive: true, force: true })
}

/** Swaps the new build in and keeps the last few builds for rollback. */
const swapIn = async (buildDir: string, { live: liveDir, builds: buildsDir }: ReturnType<typeof portalDirs>) => {
  await pointLiveAt(buildDir, liveDir)
  const builds = (await readdir(buildsDir)).filter((name) => /^\d+$/.test(name)).sort()
  for (const old of builds.slice(0, -3)) await removeBuild(path.join(buildsDir, old))
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

/** `full` skips the comparison with the live build and renders every page. */
type BuildArgs = { payload: Payload; mediaDir: string; full?: boolean }

const buildInto = async ({
  payload,
  mediaDir,
  full = false,
  buildDir,
  dirs,
  timer,
}: BuildArgs & { buildDir: string; dirs: ReturnType<typeof portalDirs>; timer: ReturnType<typeof stepTimer> }) => {
  const { time, timings } = timer
  const counts = await time('snapshot', () => exportPublicSnapshot({ payload, outDir: dirs.snapshot, mediaDir }))
  const { plan, inputs, partial } = await time('plan', () =>
    prepareBuild({ liveDir: dirs.live, snapshotDir: dirs.snapshot, buildDir, full }),
  )
  await time('astro', () =>
    runStaticBuild({
      SNAPSHOT_DIR: dirs.snapshot,
      PORTAL_OUT_DIR: buildDir,
      ...(partial ? { PORTAL_PARTIAL_FILE: partial.specFile } : {}),
    }),
  )
  if (partial) await time('carryOver', () => carryOver(partial.previousDir, buildDir, partial.files))
  await cp(path.join(dirs.snapshot, 'media'), path.join(buildDir, 'media'), { recursive: true })
  const indexed = await time('pagefind', () => indexForSearch(buildDir))
  const previousDir = await realpath(dirs.live).catch(() => null)
  await time('precompress', () => precompressBuild({ buildDir, previousDir }))
  const pages = await countHtml(buildDir)
  if (pages < counts.courses || indexed === 0)
    throw new Error(`portal build looks incomplete: ${pages} pages, ${indexed} indexed`)
  await saveInputs(buildDir, inputs)
  await swapIn(buildDir, dirs)
  const mode =
    plan.mode === 'partial'
      ? `partial: ${partial!.rendered} items rendered, ${partial!.files.length} files carried over`
      : `full: ${plan.reason}`
  return { buildDir, pages, indexed, counts, timings, mode }
}

/**
 * Builds the public portal from what the public may read: snapshot → astro build → Pagefind, into a
 * fresh directory; only a complete build (pages and search index present) replaces the live one.
 */
export const buildPortal = async (args: BuildArgs) => {
  const dirs = portalDirs()
  const buildDir = path.join(dirs.builds, String(Date.now()))
  await mkdir(buildDir, { recursive: true })
  try {
    return await buildInto({ ...args, buildDir, dirs, timer: stepTimer() })
  } catch (error) {
    // A failed build never reaches the live site; its half-written directory goes.
    await removeBuild(buildDir)
    throw error
  }
}
