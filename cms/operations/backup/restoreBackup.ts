import { copyFile, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { archiveLayout } from './backupManifest'
import { configuredDatabase, type DatabaseLocation } from './databaseLocation'
import { emptyPostgres, postgresIsEmpty, restorePostgres } from './postgresTools'
import { readArchive } from './readArchive'
import { removeSqlite, sqliteIsEmpty } from './sqliteCopy'

const databaseIsEmpty = (database: DatabaseLocation) =>
  database.kind === 'sqlite' ? sqliteIsEmpty(database.file) : postgresIsEmpty(database.url)

const folderIsEmpty = async (dir: string) => {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries.length === 0
}

/** What a restore would overwrite: nothing on a fresh install. */
const occupied = async (database: DatabaseLocation, mediaDir: string) => [
  ...((await databaseIsEmpty(database)) ? [] : ['the database is not empty']),
  ...((await folderIsEmpty(mediaDir)) ? [] : [`the media folder ${mediaDir} is not empty`]),
]

const loadDatabase = async (database: DatabaseLocation, file: string) => {
  if (database.kind === 'sqlite') {
    await removeSqlite(database.file)
    await mkdir(path.dirname(database.file), { recursive: true })
    await copyFile(file, database.file)
    return
  }
  await emptyPostgres(database.url)
  await restorePostgres(database.url, file)
}

/**
 * Restores a backup into a fresh install: the database (SQLite file, or an empty PostgreSQL
 * database that already exists) and the media folder. Refuses to overwrite either when it holds
 * anything, unless `replace` says to; the server must be stopped meanwhile. The archive is
 * checked completely before anything is touched.
 */
export const restoreBackup = async ({
  archive,
  mediaDir,
  replace = false,
  database = configuredDatabase(),
}: {
  archive: string
  mediaDir: string
  replace?: boolean
  database?: DatabaseLocation
}) => {
  // Unpacked beside the media folder, on the same disk, so the files move into place without a copy.
  await mkdir(path.dirname(mediaDir), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(mediaDir), '.restore-'))
  try {
    const manifest = await readArchive(archive, staging)
    if (manifest.database.kind !== database.kind) {
      throw new Error(
        `This backup holds a ${manifest.database.kind} database; DATABASE_URL points at ${database.kind}.`,
      )
    }
    const conflicts = await occupied(database, mediaDir)
    if (conflicts.length > 0 && !replace) {
      throw new Error(
        `Nothing restored: ${conflicts.join(' and ')}. Restore into a fresh install, or add --replace-existing to overwrite it.`,
      )
    }
    await loadDatabase(database, path.join(staging, manifest.database.file))
    await rm(mediaDir, { recursive: true, force: true })
    // A backup of an install without uploads has no media folder.
    await mkdir(path.join(staging, archiveLayout.mediaDir), { recursive: true })
    await rename(path.join(staging, archiveLayout.mediaDir), mediaDir)
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
