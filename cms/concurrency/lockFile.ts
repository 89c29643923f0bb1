import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { lock } from 'proper-lockfile'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` while holding `lockFile` (proper-lockfile: an atomic directory, kept fresh while held),
 * waiting for whoever holds it first: processes, and the separately bundled copies of this code
 * inside one process, that share the file take turns. A lock whose holder stopped (its directory not
 * refreshed for `staleMs`) is taken over.
 */
export const whileHolding = async <T>(
  lockFile: string,
  work: () => Promise<T>,
  { pollMs = 200, staleMs = 10_000, onWait }: { pollMs?: number; staleMs?: number; onWait?: () => void } = {},
): Promise<T> => {
  await mkdir(path.dirname(lockFile), { recursive: true })
  let release: (() => Promise<void>) | undefined
  let waited = false
  while (!release) {
    release = await lock(lockFile, {
      lockfilePath: lockFile,
      realpath: false,
      stale: staleMs,
      update: Math.max(1000, staleMs / 2),
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error
      return undefined
    })
    if (release) break
    if (!waited) onWait?.()
    waited = true
    await pause(pollMs)
  }
  try {
    return await work()
  } finally {
    await release()
  }
}
