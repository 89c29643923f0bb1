import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

import { childEnv } from '../config/runtimeEnv'
import { sourceHash } from '../lib/sourceHash'

export const cmsDir = path.resolve(process.cwd(), 'cms')
const nextDir = path.join(cmsDir, '.next')
const stampFile = path.join(nextDir, 'source-hash')

/** Builds the admin and API (Next.js) unless the current build matches the sources. */
export const ensureCmsBuild = async ({ force = false } = {}) => {
  // Everything the admin build is made from (its contract with the portal is inside cms/); Next.js
  // writes next-env.d.ts into it on the first build.
  const hash = await sourceHash([cmsDir, 'package-lock.json'], { ignored: ['next-env.d.ts'] })
  const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : ''
  if (!force && current === hash && existsSync(path.join(nextDir, 'BUILD_ID'))) return false
  console.log('Building the admin and API (Next.js production build, about a minute)…')
  const result = spawnSync('next', ['build', cmsDir], {
    stdio: 'inherit',
    env: childEnv({ NODE_ENV: 'production' }),
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  writeFileSync(stampFile, hash)
  return true
}
