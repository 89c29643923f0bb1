import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { asServer, asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

const schedule = (id: number, type: 'publish' | 'unpublish', waitUntil: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'resources', value: id },
      user: { relationTo: 'users', value: world.users.editor.id },
    },
    waitUntil,
  })

describe('scheduled publishing', () => {
  test('a draft scheduled for a time that has come is published by the job runner, and asks for a rebuild', async () => {
    const id = await world.create('resources', {
      _status: 'draft',
      title: 'Embargoed report',
      slug: `embargoed-${world.run}`,
      type: 'report',
    })
    await schedule(id, 'publish', new Date(Date.now() - 1000))
    const requestedBefore = (await payload.findGlobal({ slug: 'site-status', ...asServer })).requestedAt ?? ''
    await payload.jobs.run({ queue: 'default' })
    const visible = await payload.find({ collection: 'resources', where: { id: { equals: id } }, ...asUser() })
    expect(visible.docs).toHaveLength(1)
    expect(((await payload.findGlobal({ slug: 'site-status', ...asServer })).requestedAt ?? '') > requestedBefore).toBe(
      true,
    )
  })

  test('a publication scheduled for later waits', async () => {
    const id = await world.create('resources', {
      _status: 'draft',
      title: 'Next month',
      slug: `next-month-${world.run}`,
      type: 'report',
    })
    await schedule(id, 'publish', new Date(Date.now() + 30 * 24 * 3600 * 1000))
    await payload.jobs.run({ queue: 'default' })
    const visible = await payload.find({ collection: 'resources', where: { id: { equals: id } }, ...asUser() })
    expect(visible.docs).toHaveLength(0)
  })
})
