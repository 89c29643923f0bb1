import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, test } from 'vitest'

import { whileHolding } from '../../cms/concurrency/lockFile'

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-lock-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A lock as another holder leaves it: taken `secondsAgo` and, if that holder stopped, never refreshed since. */
const heldElsewhere = (lock: string, secondsAgo: number) => {
  mkdirSync(lock)
  const when = new Date(Date.now() - secondsAgo * 1000)
  utimesSync(lock, when, when)
}

describe('a lock file', () => {
  test('holders take turns: their work never overlaps, and all of it runs', async () => {
    const lock = path.join(scratch, 'turns.lock')
    let inside = 0
    let mostInside = 0
    const done: number[] = []
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        whileHolding(
          lock,
          async () => {
            inside += 1
            mostInside = Math.max(mostInside, inside)
            await pause(30)
            inside -= 1
            done.push(n)
          },
          { pollMs: 5 },
        ),
      ),
    )
    expect(mostInside).toBe(1)
    expect(done.sort()).toEqual([1, 2, 3, 4])
  })

  test('a failing holder still lets the next one in', async () => {
    const lock = path.join(scratch, 'failing.lock')
    await expect(
      whileHolding(lock, async () => {
        throw new Error('build failed')
      }),
    ).rejects.toThrow('build failed')
    await expect(whileHolding(lock, async () => 'next', { pollMs: 5 })).resolves.toBe('next')
  })

  test('a lock left by a holder that stopped (not refreshed for longer than the stale time) is taken over', async () => {
    const lock = path.join(scratch, 'stale.lock')
    heldElsewhere(lock, 60)
    await expect(whileHolding(lock, async () => 'taken', { pollMs: 5, staleMs: 5_000 })).resolves.toBe('taken')
  })

  test('a lock held (and refreshed) by another holder is waited for', async () => {
    const lock = path.join(scratch, 'held.lock')
    heldElsewhere(lock, 0)
    let waited = false
    const work = whileHolding(lock, async () => 'after', { pollMs: 5, staleMs: 5_000, onWait: () => (waited = true) })
    await pause(60)
    expect(waited).toBe(true)
    rmSync(lock, { recursive: true })
    await expect(work).resolves.toBe('after')
  })
})
