import { parseArgs } from 'node:util'

import { settings } from '../cms/config/settings'
import { restoreBackup } from '../cms/operations/backup/restoreBackup'

/**
 * `npm run restore -- <archive> [--replace-existing]`: a backup into a fresh install (stop the
 * server first; see cms/operations/backup/restoreBackup.ts).
 */
const { values, positionals } = parseArgs({
  options: { 'replace-existing': { type: 'boolean' } },
  allowPositionals: true,
})
const archive = positionals[0]
if (!archive || positionals.length > 1) {
  console.error('Usage: npm run restore -- <backup.tar.gz> [--replace-existing]')
  process.exit(2)
}
try {
  const manifest = await restoreBackup({ archive, mediaDir: settings().MEDIA_DIR, replace: values['replace-existing'] })
  console.log(
    `Restored the backup of ${manifest.createdAt} (version ${manifest.platformVersion}): ${manifest.database.kind} database, ` +
      `${manifest.media.files.length} media files. Start the server with npm start.`,
  )
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
