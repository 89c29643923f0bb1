import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { whileHolding } from '../../cms/concurrency/lockFile'

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-lock-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A pid that is certainly not running: a child that has already exited. */
const endedPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', ''])
    child.once('exit', () => resolve(child.pid!))
  })

describe('a lock file', () => {
  test('holders take turns: their work never overlaps, and all of it runs', async () => {
    const lock = path.join(scratch, 'turns.lock')
    let inside = 0
    let mostInside = 0
    const done: number[] = []
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        whileHolding(lock, async () => {
          inside += 1
          mostInside = Math.max(mostInside, inside)
          await pause(30)
          inside -= 1
          done.push(n)
        }, { pollMs: 5 }),
      ),
    )
    expect(mostInside).toBe(1)
    expect(done.sort()).toEqual([1, 2, 3, 4])
  })

  test('a failing holder still lets the next one in', async () => {
    const lock = path.join(scratch, 'failing.lock')
    await expect(whileHolding(lock, async () => { throw new Error('build failed') })).rejects.toThrow('build failed')
    await expect(whileHolding(lock, async () => 'next', { pollMs: 5 })).resolves.toBe('next')
  })

  test('a lock left by a process that has ended is cleared', async () => {
    const lock = path.join(scratch, 'stale.lock')
    writeFileSync(lock, `${await endedPid()} left-behind`)
    await expect(whileHolding(lock, async () => 'taken', { pollMs: 5 })).resolves.toBe('taken')
  })

  test('a lock held by a running process is waited for', async () => {
    const lock = path.join(scratch, 'held.lock')
    writeFileSync(lock, `${process.pid} someone-else`)
    let waited = false
    const work = whileHolding(lock, async () => 'after', { pollMs: 5, onWait: () => (waited = true) })
    await pause(60)
    expect(waited).toBe(true)
    const { rm } = await import('node:fs/promises')
    await rm(lock)
    await expect(work).resolves.toBe('after')
  })
})
