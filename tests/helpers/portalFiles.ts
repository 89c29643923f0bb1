import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Every file of a portal build, relative path → text (Pagefind's gzipped index files unpacked). */
export const readPortal = async (dir: string) => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = new Map<string, string>()
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    const raw = await readFile(full)
    let text = raw.toString('utf8')
    if (raw[0] === 0x1f && raw[1] === 0x8b) text = gunzipSync(raw).toString('utf8')
    files.set(path.relative(dir, full), text)
  }
  return files
}
