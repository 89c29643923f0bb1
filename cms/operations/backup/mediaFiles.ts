import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Every file under the media folder, as paths relative to it (none when it does not exist yet). */
export const mediaFiles = async (mediaDir: string): Promise<{ files: string[]; bytes: number }> => {
  const entries = await readdir(mediaDir, { withFileTypes: true, recursive: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw error
    },
  )
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(mediaDir, path.join(entry.parentPath, entry.name)))
    .sort()
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(mediaDir, file))).size))
  return { files, bytes: sizes.reduce((sum, size) => sum + size, 0) }
}
