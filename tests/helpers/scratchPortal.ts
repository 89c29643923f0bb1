import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { vi } from 'vitest'

/**
 * A test file's own portal folders (live link, builds, snapshot), so its builds never touch the
 * project's. Made on entering, removed on leaving (a skipped file leaves nothing behind).
 */
export const scratchPortal = (name: string) => {
  let dir = ''
  return {
    get dir() {
      return dir
    },
    /** Makes the folders and points portal builds at them. */
    enter: () => {
      dir = mkdtempSync(path.join(tmpdir(), `connect-learn-${name}-`))
      vi.stubEnv('PORTAL_DIR', path.join(dir, 'portal'))
      vi.stubEnv('PORTAL_BUILDS_DIR', path.join(dir, 'builds'))
      vi.stubEnv('SNAPSHOT_DIR', path.join(dir, 'snapshot'))
    },
    /** Restores the environment and deletes the folders. */
    leave: () => {
      vi.unstubAllEnvs()
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}
