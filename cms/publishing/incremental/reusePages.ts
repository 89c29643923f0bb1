import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { localeCodes } from '../../contract/locales'
import {
  reusableCollections,
  reusableFiles,
  reusableUrlPath,
  type ReusableCollection,
} from '../../contract/reusablePages'
import { linkOrCopy } from '../linkOrCopy'

type Reuse = Record<ReusableCollection, string[]>

const eachPage = <T>(reuse: Reuse, visit: (collection: ReusableCollection, lang: string, id: string) => T[]) =>
  reusableCollections.flatMap((collection) =>
    reuse[collection].flatMap((id) => localeCodes.flatMap((lang) => visit(collection, lang, id))),
  )

/** The files to carry over, relative to a build directory. */
export const reusedFiles = (reuse: Reuse) => eachPage(reuse, reusableFiles)

/** The URL paths of the carried-over pages, for the sitemap. */
export const reusedUrlPaths = (reuse: Reuse) =>
  eachPage(reuse, (collection, lang, id) => [reusableUrlPath(collection, lang, id)])

/** Whether the previous build still has every file to carry over (a build made by hand might not). */
export const canReuse = (previousDir: string, files: string[]) =>
  files.every((file) => existsSync(path.join(previousDir, file)))

/**
 * Carries unchanged pages over as hard links: instant, no extra disk, and safe — every build
 * writes new files rather than changing old ones, so a page shared by two builds never changes.
 * Their compressed copies follow them when the build is precompressed.
 */
export const carryOver = async (previousDir: string, buildDir: string, files: string[]) => {
  const dirs = new Set(files.map((file) => path.dirname(path.join(buildDir, file))))
  for (const dir of dirs) await mkdir(dir, { recursive: true })
  for (const file of files) await linkOrCopy(path.join(previousDir, file), path.join(buildDir, file))
  return files.length
}
