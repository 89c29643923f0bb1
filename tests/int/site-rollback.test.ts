import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterEach, describe, expect, test } from 'vitest'

const run = promisify(execFile)

const firstBuild = Date.now() - 4 * 3600_000
const builds = {
  oldest: String(firstBuild),
  previous: String(firstBuild + 3600_000),
  // A build that stopped before its search index was written: never served.
  incomplete: String(firstBuild + 2 * 3600_000),
  current: String(firstBuild + 3 * 3600_000),
}
type Build = keyof typeof builds

const scratches: string[] = []
afterEach(() => {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/**
 * Builds laid out as the portal build leaves them — numbered directories, each with its `.inputs`
 * beside it, the live portal a link to one of them — in a scratch folder of the test's own.
 */
const portalServing = (live: Build) => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-rollback-'))
  scratches.push(scratch)
  const buildsDir = path.join(scratch, 'builds')
  const liveDir = path.join(scratch, 'portal')
  for (const [key, name] of Object.entries(builds)) {
    const dir = path.join(buildsDir, name)
    mkdirSync(path.join(dir, 'en'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), `<p>build ${name}</p>`)
    mkdirSync(`${dir}.inputs/snapshot`, { recursive: true })
    if (key !== 'incomplete') mkdirSync(path.join(dir, 'pagefind'))
  }
  symlinkSync(path.join(buildsDir, builds[live]), liveDir, 'dir')
  return {
    buildsDir,
    /** `npm run site:rollback` on these folders. */
    rollback: () =>
      run('npm', ['run', '--silent', 'site:rollback'], {
        env: { ...process.env, PORTAL_DIR: liveDir, PORTAL_BUILDS_DIR: buildsDir },
      }),
    /** Where the live link points and what its home page says. */
    served: () => ({ link: readlinkSync(liveDir), home: readFileSync(path.join(liveDir, 'index.html'), 'utf8') }),
    build: (build: Build) => ({ link: path.join(buildsDir, builds[build]), home: `<p>build ${builds[build]}</p>` }),
  }
}

describe('npm run site:rollback', () => {
  test('serves the previous complete build, passing over one that never finished, and removes nothing', async () => {
    const portal = portalServing('current')
    const { stdout } = await portal.rollback()
    expect(portal.served()).toEqual(portal.build('previous'))
    expect(stdout).toContain(portal.build('previous').link)
    for (const name of Object.values(builds))
      expect(readFileSync(path.join(portal.buildsDir, name, 'index.html'), 'utf8')).toBe(`<p>build ${name}</p>`)
  })

  test('goes back from the build being served, not from the newest one', async () => {
    const portal = portalServing('previous')
    await portal.rollback()
    expect(portal.served()).toEqual(portal.build('oldest'))
  })

  test('with no earlier complete build, fails and leaves the live portal as it was', async () => {
    const portal = portalServing('oldest')
    const failure = await portal.rollback().then(
      () => null,
      (error: Error & { code?: number; stderr?: string }) => error,
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('No earlier complete build')
    expect(portal.served()).toEqual(portal.build('oldest'))
  })
})
