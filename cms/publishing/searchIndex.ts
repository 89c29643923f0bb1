import path from 'node:path'

import * as pagefind from 'pagefind'

/** Indexes every page of a build with Pagefind into its `pagefind/` folder; returns the page count. */
export const indexForSearch = async (buildDir: string) => {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  const added = await index.addDirectory({ path: buildDir })
  const written = await index.writeFiles({ outputPath: path.join(buildDir, 'pagefind') })
  await pagefind.close()
  if (added.errors.length > 0 || written.errors.length > 0)
    throw new Error(`pagefind: ${[...added.errors, ...written.errors].join('; ')}`)
  return added.page_count
}
