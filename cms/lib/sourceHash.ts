import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

const filesUnder = async (dir: string, ignored: string[]): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules' && !ignored.includes(entry.name))
      .map((entry) =>
        entry.isDirectory() ? filesUnder(path.join(dir, entry.name), ignored) : [path.join(dir, entry.name)],
      ),
  )
  return nested.flat().sort()
}

/**
 * A hash of the files under the given directories and of the given files, to tell whether a build is
 * stale. `ignored` names files the build itself writes among its sources, which would otherwise make
 * every build look stale once.
 */
export const sourceHash = async (paths: string[], { ignored = [] as string[] } = {}) => {
  const hash = createHash('sha256')
  for (const entry of paths.map((item) => path.resolve(item))) {
    if (!existsSync(entry)) continue
    const files = (await stat(entry)).isDirectory() ? await filesUnder(entry, ignored) : [entry]
    for (const file of files) hash.update(file).update(await readFile(file))
  }
  return hash.digest('hex')
}
