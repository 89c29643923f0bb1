import { readdir, readlink } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { portalDirs, pointLiveAt } from '../cms/publishing/portalBuild'

/** `npm run site:rollback`: points the live portal back at the build before the current one. */
const dirs = portalDirs()
const current = path.resolve(path.dirname(dirs.live), await readlink(dirs.live))
const complete = (await readdir(dirs.builds))
  .filter((name) => /^\d+$/.test(name))
  .sort()
  .map((name) => path.join(dirs.builds, name))
  .filter((dir) => existsSync(path.join(dir, 'index.html')) && existsSync(path.join(dir, 'pagefind')))
const previous = complete.filter((dir) => dir < current).pop()
if (!previous) {
  console.error(`No earlier complete build than ${current} in ${dirs.builds}.`)
  process.exit(1)
}
await pointLiveAt(previous, dirs.live)
console.log(`The live portal now serves ${previous} (was ${current}).`)
