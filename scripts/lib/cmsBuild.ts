import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

export const cmsDir = path.resolve(process.cwd(), 'cms')
const nextDir = path.join(cmsDir, '.next')
const stampFile = path.join(nextDir, 'source-hash')

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  )
  return nested.flat().sort()
}

/** A hash of everything the admin build is made from, so a stale build is noticed and redone. */
const sourceHash = async () => {
  const hash = createHash('sha256')
  for (const file of [...(await sourceFiles(cmsDir)), path.resolve('package-lock.json')]) {
    if (existsSync(file)) hash.update(file).update(await readFile(file))
  }
  return hash.digest('hex')
}

/** Builds the admin and API (Next.js) unless the current build matches the sources. */
export const ensureCmsBuild = async ({ force = false } = {}) => {
  const hash = await sourceHash()
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : ''
  if (!force && current === hash && existsSync(path.join(nextDir, 'BUILD_ID'))) return false
  console.log('Building the admin and API (Next.js production build, about a minute)…')
  const result = spawnSync('next', ['build', cmsDir], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  writeFileSync(stampFile, hash)
  return true
}
