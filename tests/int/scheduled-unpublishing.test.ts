import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, describe, expect, test } from 'vitest'

import { exportPublicSnapshot } from '../../cms/snapshot/exportPublicSnapshot'
import { asServer, asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-unpublish-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

type Scheduled = 'resources' | 'events'

/** Queues what the admin's "schedule unpublish" queues: the schedulePublish job, due at `waitUntil`. */
const scheduleUnpublish = (collection: Scheduled, id: number, waitUntil: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'unpublish',
      doc: { relationTo: collection, value: id },
      user: { relationTo: 'users', value: world.users.editor.id },
    },
    waitUntil,
  })

const published = {
  resources: (slug: string) =>
    world.create('resources', { _status: 'published', title: `Report ${slug}`, slug, type: 'report' }),
  events: (slug: string) =>
    world.create('events', {
      _status: 'published',
      title: `Meeting ${slug}`,
      slug,
      type: 'webinar',
      startsAt: '2031-03-01T10:00:00Z',
      endsAt: '2031-03-01T11:00:00Z',
      timeZone: 'UTC',
    }),
}

/** The slugs of one kind in a fresh public snapshot, as the portal build would read it. */
const inPublicSnapshot = async (collection: Scheduled) => {
  const outDir = path.join(scratch, `snapshot-${Date.now()}`)
  await exportPublicSnapshot({ payload, outDir, mediaDir: process.env.MEDIA_DIR! })
  return (JSON.parse(readFileSync(path.join(outDir, `${collection}.json`), 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  )
}

const readableByVisitors = async (collection: Scheduled, id: number) =>
  (await payload.find({ collection, where: { id: { equals: id } }, ...asUser() })).docs.length === 1

const rebuildRequestedAt = async () =>
  (await payload.findGlobal({ slug: 'site-status', ...asServer })).requestedAt ?? ''

describe.each(['resources', 'events'] as const)('scheduled unpublishing of %s', (collection) => {
  test('an unpublish date that has come: the job runner unpublishes it, it leaves the public snapshot, a rebuild is asked for', async () => {
    const slug = `unpublish-due-${collection}-${world.run}`
    const staying = `stays-${collection}-${world.run}`
    const id = await published[collection](slug)
    await published[collection](staying)
    expect(await inPublicSnapshot(collection)).toEqual(expect.arrayContaining([slug, staying]))
    await scheduleUnpublish(collection, id, new Date(Date.now() - 1000))
    const requestedBefore = await rebuildRequestedAt()

    await payload.jobs.run({ queue: 'default' })

    expect((await payload.findByID({ collection, id, ...asServer }))._status).toBe('draft')
    expect(await readableByVisitors(collection, id)).toBe(false)
    const snapshot = await inPublicSnapshot(collection)
    expect(snapshot).not.toContain(slug)
    expect(snapshot).toContain(staying)
    expect((await rebuildRequestedAt()) > requestedBefore).toBe(true)
  })

  test('an unpublish date still to come: it stays published and in the snapshot', async () => {
    const slug = `unpublish-later-${collection}-${world.run}`
    const id = await published[collection](slug)
    await scheduleUnpublish(collection, id, new Date(Date.now() + 30 * 24 * 3600_000))
    await payload.jobs.run({ queue: 'default' })
    expect(await readableByVisitors(collection, id)).toBe(true)
    expect(await inPublicSnapshot(collection)).toContain(slug)
  })
})
