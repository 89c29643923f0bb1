import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'

/** The live portal build as the health report shows it. */
export type LiveBuild = {
  /** Whether `/` has a portal to serve (an index page). */
  serving: boolean
  /** The build directory's name under PORTAL_BUILDS_DIR (builds are named by their start time), or null. */
  id: string | null
  /** When that build started, from its name. */
  builtAt: string | null
  ageSeconds: number | null
}

/**
 * Which build the live link points at (see cms/publishing/portalBuild.ts: builds go into
 * `<PORTAL_BUILDS_DIR>/<Date.now()>` and `PORTAL_DIR` is a link to the current one). A live
 * directory that is not such a link still serves, but has no build id.
 */
export const liveBuild = async ({ liveDir, buildsDir }: { liveDir: string; buildsDir: string }): Promise<LiveBuild> => {
  const serving = Boolean(await lstat(path.join(liveDir, 'index.html')).catch(() => null))
  const target = await realpath(liveDir).catch(() => null)
  const builds = await realpath(buildsDir).catch(() => path.resolve(buildsDir))
  const id = target && path.dirname(target) === builds ? path.basename(target) : null
  if (!id || !/^\d+$/.test(id)) return { serving, id, builtAt: null, ageSeconds: null }
  const started = Number(id)
  return {
    serving,
    id,
    builtAt: new Date(started).toISOString(),
    ageSeconds: Math.max(0, Math.round((Date.now() - started) / 1000)),
  }
}
