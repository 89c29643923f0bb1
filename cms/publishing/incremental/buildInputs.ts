import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { snapshotFiles, type SnapshotName } from '../../contract/snapshotSchema'
import { sourceHash } from '../../lib/sourceHash'
import type { BuildInputs } from './plan'

/** Everything the portal's pages are made from besides the snapshot. */
export const siteSourceHash = () => sourceHash(['site', 'astro.config.mjs', 'cms/contract', 'package-lock.json'])

/** Beside each build: what it was made from, for the next build to compare with. */
export const inputsDirOf = (buildDir: string) => `${buildDir}.inputs`

export const readSnapshot = async (dir: string) =>
  Object.fromEntries(
    await Promise.all(
      (Object.keys(snapshotFiles) as SnapshotName[]).map(async (name) => [
        name,
        await readFile(path.join(dir, `${name}.json`), 'utf8'),
      ]),
    ),
  ) as Record<SnapshotName, string>

export const saveInputs = async (buildDir: string, inputs: BuildInputs) => {
  const dir = path.join(inputsDirOf(buildDir), 'snapshot')
  await mkdir(dir, { recursive: true })
  await Promise.all(
    Object.entries(inputs.snapshot).map(([name, text]) => writeFile(path.join(dir, `${name}.json`), text)),
  )
  await writeFile(
    path.join(inputsDirOf(buildDir), 'build.json'),
    JSON.stringify({ sourceHash: inputs.sourceHash, builtAt: inputs.builtAt.toISOString() }),
  )
}

/** The inputs of an earlier build, or null when it has none (built before they were kept, or by hand). */
export const loadInputs = async (buildDir: string): Promise<BuildInputs | null> => {
  const meta = path.join(inputsDirOf(buildDir), 'build.json')
  if (!existsSync(meta)) return null
  const { sourceHash, builtAt } = JSON.parse(await readFile(meta, 'utf8')) as { sourceHash: string; builtAt: string }
  return {
    sourceHash,
    builtAt: new Date(builtAt),
    snapshot: await readSnapshot(path.join(inputsDirOf(buildDir), 'snapshot')),
  }
}
