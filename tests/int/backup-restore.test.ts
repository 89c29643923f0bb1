import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import config from '../../cms/payload.config'
import { selectAdapter } from '../../cms/db/selectAdapter'
import { closeDatabase } from '../../cms/operations/database/closeDatabase'
import { throwawayPostgres } from '../../scripts/lib/throwawayDatabases'
import { asServer } from '../helpers/asUser'
import { runScript } from '../helpers/runScript'
import { useWorld, type World } from '../helpers/world'
import { pdfFile } from './routes/subjects'

/**
 * Backup and restore, round trip: records and uploads written, a backup taken by `npm run backup`
 * while the server keeps writing, restored by `npm run restore` into a fresh install (an empty
 * database and media folder), and read back through Payload: the same records and files.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-backup-'))
const sourceUrl = process.env.DATABASE_URL ?? ''
const sourceMedia = process.env.MEDIA_DIR ?? ''
const postgres = sourceUrl.startsWith('postgres') ? throwawayPostgres(sourceUrl) : null
const fresh = { url: '', media: path.join(scratch, 'restored-media') }
const backupsDir = path.join(scratch, 'backups')

let payload: Payload
let world: World
let restored: Payload
const written = { before: [] as number[], during: [] as number[], writeErrors: [] as string[] }
let uploads: number[] = []
let backupOutput = ''

useWorld((made) => ({ payload, world } = made))

const draftResource = async (label: string) => {
  const doc = await payload.create({
    collection: 'resources',
    data: {
      _status: 'draft',
      title: `Backup ${label} ${world.run}`,
      slug: `backup-${label}-${world.run}`,
      type: 'guide',
    },
    ...asServer,
  })
  return doc.id
}

/** Writes one record after another until `until` settles (a minute at most), as a busy server would. */
const keepWriting = async (until: Promise<unknown>) => {
  let done = false
  void until.finally(() => (done = true))
  const deadline = Date.now() + 60_000
  for (let n = 0; !done && Date.now() < deadline; n++) {
    try {
      written.during.push(await draftResource(`during-${n}`))
    } catch (error) {
      written.writeErrors.push((error as Error).message)
    }
  }
}

beforeAll(async () => {
  for (let n = 0; n < 5; n++) written.before.push(await draftResource(`before-${n}`))
  uploads = [
    await world.upload({ alt: 'Kept' }, pdfFile(`kept-a-${world.run}`)),
    await world.upload({ alt: 'Kept' }, pdfFile(`kept-b-${world.run}`)),
  ]
  const backup = runScript('scripts/backup.ts', ['--out', backupsDir], {})
  await keepWriting(backup)
  const { code, output } = await backup
  backupOutput = output
  expect(code, output).toBe(0)
  fresh.url = postgres ? await postgres.create('restored') : `file:${path.join(scratch, 'restored.db')}`
}, 300_000)

afterAll(async () => {
  if (restored) await closeDatabase(restored)
  await postgres?.dropAll()
  rmSync(scratch, { recursive: true, force: true })
})

const archive = () =>
  path.join(backupsDir, readdirSync(backupsDir).find((name) => name.endsWith('.tar.gz')) ?? 'missing')

describe('npm run backup, while the server writes, then npm run restore into a fresh install', () => {
  test('the backup did not get in the way of the writes going on', () => {
    expect(written.writeErrors).toEqual([])
    expect(written.during.length).toBeGreaterThan(0)
    expect(backupOutput).toMatch(/Backup written to .*\.tar\.gz/)
  })

  test('restores into an empty database and media folder', async () => {
    const { code, output } = await runScript('scripts/restore.ts', [archive()], {
      DATABASE_URL: fresh.url,
      MEDIA_DIR: fresh.media,
    })
    expect(code, output).toBe(0)
    expect(output).toContain('Restored the backup')
    // The restored install, read through Payload as the server would.
    // The same kind of adapter as the source's, connected to the restored database.
    const base = await config
    restored = await getPayload({
      config: { ...base, db: { ...base.db, init: (await selectAdapter(fresh.url)).init } },
      key: `restored-${world.run}`,
    })
  }, 120_000)

  test('every record written before the backup is there, the same', async () => {
    const found = await restored.find({
      collection: 'resources',
      where: { id: { in: written.before } },
      draft: true,
      ...asServer,
      limit: 100,
    })
    expect(found.docs.map((doc) => doc.id).sort()).toEqual([...written.before].sort())
    const original = await payload.findByID({
      collection: 'resources',
      id: written.before[0]!,
      draft: true,
      ...asServer,
    })
    const copy = found.docs.find((doc) => doc.id === original.id)
    expect({ ...copy, updatedAt: undefined }).toEqual({ ...original, updatedAt: undefined })
  })

  test('records written during the backup are there up to the moment it was taken, and nothing else', async () => {
    const ids = (
      await restored.find({
        collection: 'resources',
        where: { slug: { like: `backup-during-` } },
        draft: true,
        ...asServer,
        limit: 10_000,
        pagination: false,
      })
    ).docs
      .map((doc) => doc.id)
      .filter((id) => written.during.includes(id))
      .sort((a, b) => a - b)
    // A snapshot: some prefix of the writes, in order, with no gap.
    expect(ids).toEqual(written.during.slice(0, ids.length))
  })

  test('the accounts, their sessions and other tables come back whole', async () => {
    for (const collection of ['users', 'themes', 'courses', 'lessons', 'communities', 'memberships'] as const) {
      const original = await payload.count({ collection, ...asServer })
      expect((await restored.count({ collection, ...asServer })).totalDocs, collection).toBe(original.totalDocs)
    }
    const learner = await restored.findByID({ collection: 'users', id: world.users.learner.id, ...asServer })
    expect(learner.email).toBe(world.users.learner.email)
  })

  test('every upload comes back with the same bytes', async () => {
    const media = await restored.find({ collection: 'media', where: { id: { in: uploads } }, ...asServer })
    expect(media.docs).toHaveLength(uploads.length)
    for (const doc of media.docs) {
      const original = readFileSync(path.join(sourceMedia, doc.filename!))
      expect(readFileSync(path.join(fresh.media, doc.filename!)).equals(original), doc.filename!).toBe(true)
    }
  })

  test('refuses to restore over an install that holds data, and says how to replace it', async () => {
    const { code, output } = await runScript('scripts/restore.ts', [archive()], {
      DATABASE_URL: fresh.url,
      MEDIA_DIR: fresh.media,
    })
    expect(code).toBe(1)
    expect(output).toMatch(/Nothing restored: the database is not empty and the media folder .* is not empty/)
    expect(output).toContain('--replace-existing')
  })
})
