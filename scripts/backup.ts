import { parseArgs } from 'node:util'

import { settings } from '../cms/config/settings'
import { createBackup } from '../cms/operations/backup/createBackup'

/**
 * `npm run backup [-- --out <folder>]`: the database and the media folder in one archive, while
 * the server runs (see cms/operations/backup/createBackup.ts).
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const started = Date.now()
try {
  const { archive, manifest } = await createBackup({
    mediaDir: settings().MEDIA_DIR,
    outDir: values.out ?? settings().BACKUP_DIR,
  })
  console.log(
    `Backup written to ${archive} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.database.kind} database ` +
      `(${manifest.database.bytes} bytes), ${manifest.media.files.length} media files (${manifest.media.bytes} bytes).`,
  )
} catch (error) {
  console.error(`No backup written: ${(error as Error).message}`)
  process.exit(1)
}
