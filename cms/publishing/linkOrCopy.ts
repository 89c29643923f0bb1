import { copyFile, link } from 'node:fs/promises'

/**
 * A hard link to a file of an earlier build: instant and without extra disk, and safe because a
 * build never changes a file once written. A copy where the two are on different file systems.
 */
export const linkOrCopy = (from: string, to: string) =>
  link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'EXDEV') await copyFile(from, to)
    else throw error
  })
