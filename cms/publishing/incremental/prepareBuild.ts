import { realpath, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { PartialBuildSpec } from '../../contract/reusablePages'
import { inputsDirOf, loadInputs, readSnapshot, siteSourceHash } from './buildInputs'
import { planBuild, type BuildInputs, type BuildPlan } from './plan'
import { canReuse, reusedFiles, reusedUrlPaths } from './reusePages'

export type PreparedBuild = {
  plan: BuildPlan
  inputs: BuildInputs
  /** For a partial build: where its spec is written, and what to carry over from where. */
  partial?: { specFile: string; previousDir: string; files: string[]; rendered: number }
}

/**
 * Compares the fresh snapshot with what the live build was made from and decides between a full
 * and a partial build; for a partial one, writes the spec the site and its sitemap read.
 */
export const prepareBuild = async ({
  liveDir,
  snapshotDir,
  buildDir,
  full,
}: {
  liveDir: string
  snapshotDir: string
  buildDir: string
  full: boolean
}): Promise<PreparedBuild> => {
  const inputs: BuildInputs = {
    snapshot: await readSnapshot(snapshotDir),
    sourceHash: await siteSourceHash(),
    builtAt: new Date(),
  }
  if (full) return { plan: { mode: 'full', reason: 'a full build was asked for' }, inputs }
  const previousDir = await realpath(liveDir).catch(() => null)
  const plan = planBuild({ previous: previousDir ? await loadInputs(previousDir) : null, next: inputs })
  if (plan.mode === 'full' || !previousDir) return { plan, inputs }
  const files = reusedFiles(plan.reuse)
  if (!canReuse(previousDir, files))
    return { plan: { mode: 'full', reason: 'the live build lacks pages to carry over' }, inputs }
  const spec: PartialBuildSpec = { render: plan.render, reusedUrlPaths: reusedUrlPaths(plan.reuse) }
  const specFile = path.join(inputsDirOf(buildDir), 'partial.json')
  await mkdir(path.dirname(specFile), { recursive: true })
  await writeFile(specFile, JSON.stringify(spec))
  const rendered = Object.values(plan.render).reduce((sum, ids) => sum + ids.length, 0)
  return { plan, inputs, partial: { specFile, previousDir, files, rendered } }
}
