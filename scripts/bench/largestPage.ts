import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** The heaviest HTML page of a build: what a visitor on a slow connection waits for at worst. */
export const largestPage = async (buildDir: string) => {
  const entries = await readdir(buildDir, { withFileTypes: true, recursive: true })
  let largest = { file: '', bytes: 0 }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const { size } = await stat(file)
    if (size > largest.bytes) largest = { file, bytes: size }
  }
  const gzipBytes = largest.file ? gzipSync(await readFile(largest.file)).length : 0
  return { page: path.relative(buildDir, largest.file), bytes: largest.bytes, gzipBytes }
}
