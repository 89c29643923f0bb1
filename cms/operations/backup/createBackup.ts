import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { create } from 'tar'

import { platformVersion } from '../platformVersion'
import { archiveLayout, databaseFileName, type BackupManifest } from './backupManifest'
import { configuredDatabase, type DatabaseLocation } from './databaseLocation'
import { fileDigest } from './fileDigest'
import { mediaFiles } from './mediaFiles'
import { dumpPostgres } from './postgresTools'
import { copySqliteOnline } from './sqliteCopy'

const dumpDatabase = (database: DatabaseLocation, destination: string) =>
  database.kind === 'sqlite' ? copySqliteOnline(database.file, destination) : dumpPostgres(database.url, destination)

/** A file name that sorts by time and says what it is. */
const archiveName = (createdAt: Date) => `connect-learn-${createdAt.toISOString().replace(/[:.]/g, '-')}.tar.gz`

/**
 * One archive (.tar.gz) with the database and the media folder, taken while the server runs:
 * manifest.json first, then `database/` (an online copy of SQLite, or pg_dump's snapshot of
 * PostgreSQL), then `media/`. The database goes first, so that every upload it names is
 * already on disk when the media folder is read (a file uploaded meanwhile comes along unused).
 */
export const createBackup = async ({
  mediaDir,
  outDir,
  database = configuredDatabase(),
  now = new Date(),
}: {
  mediaDir: string
  outDir: string
  database?: DatabaseLocation
  now?: Date
}) => {
  await mkdir(outDir, { recursive: true })
  const staging = await mkdtemp(path.join(outDir, '.staging-'))
  const archive = path.join(outDir, archiveName(now))
  try {
    const databaseFile = path.posix.join(archiveLayout.databaseDir, databaseFileName[database.kind])
    await mkdir(path.join(staging, archiveLayout.databaseDir))
    await dumpDatabase(database, path.join(staging, databaseFile))
    const media = await mediaFiles(mediaDir)
    const manifest: BackupManifest = {
      format: 'connect-learn-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
      platformVersion: platformVersion(),
      database: { kind: database.kind, file: databaseFile, ...(await fileDigest(path.join(staging, databaseFile))) },
      media: { files: media.files.map((file) => path.posix.join(archiveLayout.mediaDir, file)), bytes: media.bytes },
    }
    await writeFile(path.join(staging, archiveLayout.manifest), JSON.stringify(manifest, null, 2))
    // The media folder enters the archive through a link (followed), so it is read where it is, not copied.
    await symlink(mediaDir, path.join(staging, archiveLayout.mediaDir), 'dir')
    await create({ gzip: true, file: archive, cwd: staging, follow: true, portable: true, strict: true }, [
      archiveLayout.manifest,
      databaseFile,
      ...manifest.media.files,
    ])
    return { archive, manifest }
  } catch (error) {
    await rm(archive, { force: true })
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
