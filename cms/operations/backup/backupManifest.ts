import { z } from 'zod'

/** Where each part lives inside a backup archive. */
export const archiveLayout = {
  manifest: 'manifest.json',
  databaseDir: 'database',
  mediaDir: 'media',
} as const

/** The database file's name inside `database/`, per kind. */
export const databaseFileName = { sqlite: 'connect-learn.sqlite', postgres: 'connect-learn.pgdump' } as const

/**
 * The first entry of every backup: what it holds and how to check it. Restore reads it before
 * touching anything and refuses an archive it does not describe.
 */
export const backupManifestSchema = z.object({
  format: z.literal('connect-learn-backup'),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  platformVersion: z.string(),
  database: z.object({
    kind: z.enum(['sqlite', 'postgres']),
    /** Path inside the archive. */
    file: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  media: z.object({
    /** Paths inside the archive, under `media/`. */
    files: z.array(z.string()),
    bytes: z.number().int().nonnegative(),
  }),
})

export type BackupManifest = z.infer<typeof backupManifestSchema>
