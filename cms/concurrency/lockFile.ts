import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Takes the lock file if nobody holds it; a lock left by a process that has ended is cleared. */
const tryTake = async (lockFile: string, owner: string) => {
  try {
    const handle = await open(lockFile, 'wx')
    await handle.writeFile(owner)
    await handle.close()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const holder = await readFile(lockFile, 'utf8').catch(() => '')
  const pid = Number(holder.split(' ')[0])
  if (holder && Number.isInteger(pid) && pid > 0 && !isRunning(pid)) {
    // Cleared only if it is still the same dead holder's lock (another waiter may have taken it since).
    if ((await readFile(lockFile, 'utf8').catch(() => '')) === holder) await rm(lockFile, { force: true })
  }
  return false
}

/**
 * Runs `work` while holding `lockFile`, waiting for whoever holds it first: processes (and the
 * separately bundled copies of this code inside one process) that share the file take turns.
 */
export const whileHolding = async <T>(lockFile: string, work: () => Promise<T>, { pollMs = 200, onWait }: { pollMs?: number; onWait?: () => void } = {}): Promise<T> => {
  await mkdir(path.dirname(lockFile), { recursive: true })
  const owner = `${process.pid} ${Date.now()}-${Math.random().toString(36).slice(2)}`
  let waited = false
  while (!(await tryTake(lockFile, owner))) {
    if (!waited) onWait?.()
    waited = true
    await pause(pollMs)
  }
  try {
    return await work()
  } finally {
    if ((await readFile(lockFile, 'utf8').catch(() => '')) === owner) await rm(lockFile, { force: true })
  }
}
