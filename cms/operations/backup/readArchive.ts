import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { extract } from 'tar'

import { archiveLayout, backupManifestSchema, type BackupManifest } from './backupManifest'
import { fileDigest } from './fileDigest'

const expectedEntry = (entry: string) =>
  entry === archiveLayout.manifest ||
  entry.startsWith(`${archiveLayout.databaseDir}/`) ||
  entry.startsWith(`${archiveLayout.mediaDir}/`)

/**
 * Unpacks a backup into `into` and checks it against its manifest: the format, the database
 * file's checksum, every media file present. Only the three parts are unpacked; tar refuses
 * absolute paths and `..` by default.
 */
export const readArchive = async (archive: string, into: string): Promise<BackupManifest> => {
  if (!existsSync(archive)) throw new Error(`There is no backup at ${archive}.`)
  await extract({ file: archive, cwd: into, strict: true, filter: (entry) => expectedEntry(entry) })
  const manifestFile = path.join(into, archiveLayout.manifest)
  if (!existsSync(manifestFile))
    throw new Error(`${archive} is not a Connect & Learn backup (it has no ${archiveLayout.manifest}).`)
  const parsed = backupManifestSchema.safeParse(JSON.parse(await readFile(manifestFile, 'utf8')))
  if (!parsed.success) throw new Error(`${archive} has a manifest this version cannot read: ${parsed.error.message}`)
  const manifest = parsed.data
  const { sha256 } = await fileDigest(path.join(into, manifest.database.file))
  if (sha256 !== manifest.database.sha256)
    throw new Error(`${archive} is damaged: its database does not match its checksum.`)
  const missing = manifest.media.files.filter((file) => !existsSync(path.join(into, file)))
  if (missing.length > 0)
    throw new Error(
      `${archive} is incomplete: ${missing.length} media files are missing (${missing.slice(0, 3).join(', ')}…).`,
    )
  return manifest
}
