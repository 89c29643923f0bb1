import { existsSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'

import { createClient } from '@libsql/client'

/** How long a backup or restore waits for a write in progress to finish before giving up. */
const busyTimeoutMs = 15_000

const openFile = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  return client
}

/**
 * A consistent copy of a live SQLite database: `VACUUM INTO` reads one snapshot of it (in one
 * read transaction) and writes a compact new file, while the server goes on writing (in WAL mode
 * a reader never blocks the writer).
 */
export const copySqliteOnline = async (file: string, destination: string) => {
  if (!existsSync(file)) throw new Error(`There is no SQLite database at ${file}.`)
  const client = await openFile(file)
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [destination] })
  } finally {
    client.close()
  }
}

/** True when there is no database file yet, or one without a single table. */
export const sqliteIsEmpty = async (file: string) => {
  if (!existsSync(file) || statSync(file).size === 0) return true
  const client = await openFile(file)
  try {
    const { rows } = await client.execute("SELECT count(*) AS tables FROM sqlite_master WHERE type = 'table'")
    return Number(rows[0]?.tables ?? 0) === 0
  } finally {
    client.close()
  }
}

/** Removes a database file with its write-ahead log and shared-memory index. */
export const removeSqlite = async (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(file + suffix, { force: true })
}
