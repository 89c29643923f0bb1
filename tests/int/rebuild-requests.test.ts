import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { asServer, asUser } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

const requestedAt = async () => (await payload.findGlobal({ slug: 'site-status', ...asServer })).requestedAt ?? ''

/** Runs a change and says whether it asked for a rebuild of the public site. */
const askedForRebuild = async (change: () => Promise<unknown>) => {
  const before = await requestedAt()
  await new Promise((resolve) => setTimeout(resolve, 5))
  await change()
  return (await requestedAt()) > before
}

const publishedCourse = (slug: string) =>
  world.create('courses', { _status: 'published', title: slug, slug: `${slug}-${world.run}`, access: 'open' })

describe('changes to public content ask for a rebuild of the portal', () => {
  test('publishing a resource does', async () => {
    expect(
      await askedForRebuild(() =>
        world.create('resources', { _status: 'published', title: 'New', slug: `new-${world.run}`, type: 'guide' }),
      ),
    ).toBe(true)
  })

  test('saving a new draft does not', async () => {
    expect(
      await askedForRebuild(() =>
        world.create('resources', { _status: 'draft', title: 'Draft', slug: `draft-only-${world.run}`, type: 'guide' }),
      ),
    ).toBe(false)
  })

  test('saving a draft of a published course does not: the public page stays as it was', async () => {
    const id = await publishedCourse('draft-over-published')
    const draftSave = () =>
      payload.update({ collection: 'courses', id, draft: true, data: { summary: `Not yet ${world.run}` }, ...asServer })
    expect(await askedForRebuild(draftSave)).toBe(false)
    // A second draft, now over a draft, leaves the published course live too.
    expect(await askedForRebuild(draftSave)).toBe(false)
    const live = await payload.findByID({ collection: 'courses', id, ...asUser() })
    expect(live.summary ?? '').not.toContain(`Not yet ${world.run}`)
  })

  test('publishing that draft does', async () => {
    const id = await publishedCourse('draft-then-published')
    await payload.update({
      collection: 'courses',
      id,
      draft: true,
      data: { summary: `Pending ${world.run}` },
      ...asServer,
    })
    const publish = () => payload.update({ collection: 'courses', id, data: { _status: 'published' }, ...asServer })
    expect(await askedForRebuild(publish)).toBe(true)
  })

  test('unpublishing a course with a pending draft does', async () => {
    const id = await publishedCourse('unpublished-over-draft')
    await payload.update({
      collection: 'courses',
      id,
      draft: true,
      data: { summary: `Pending ${world.run}` },
      ...asServer,
    })
    const unpublish = () => payload.update({ collection: 'courses', id, data: { _status: 'draft' }, ...asServer })
    expect(await askedForRebuild(unpublish)).toBe(true)
  })

  test('unpublishing does', async () => {
    const id = await world.create('events', {
      _status: 'published',
      title: 'E',
      slug: `e-${world.run}`,
      type: 'webinar',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T11:00:00Z',
      timeZone: 'UTC',
    })
    expect(
      await askedForRebuild(() =>
        payload.update({ collection: 'events', id, data: { _status: 'draft' }, ...asServer }),
      ),
    ).toBe(true)
  })

  test('deleting published content does', async () => {
    const id = await world.create('themes', { name: 'Temporary', slug: `temporary-${world.run}` })
    expect(await askedForRebuild(() => payload.delete({ collection: 'themes', id, ...asServer }))).toBe(true)
  })

  test('learners’ activity and forum posts do not', async () => {
    expect(
      await askedForRebuild(() =>
        payload.create({
          collection: 'threads',
          data: { community: world.community, title: 'Hi', body: 'x' },
          ...asUser(world.users.learner),
        }),
      ),
    ).toBe(false)
  })

  test('seeding does not (it builds once at the end)', async () => {
    expect(
      await askedForRebuild(() =>
        payload.create({
          collection: 'themes',
          data: { name: 'Seeded', slug: `seeded-${world.run}` },
          ...asServer,
          context: { seeding: true },
        }),
      ),
    ).toBe(false)
  })
})

describe('rebuild now', () => {
  test('admins may ask for a rebuild; editors and visitors may not', async () => {
    const admin = await logIn(world.users.admin.email, `pw-${world.run}-admin`)
    const editor = await logIn(world.users.editor.email, `pw-${world.run}-editor`)
    expect((await rest({ method: 'POST', path: '/globals/site-status/rebuild', token: admin })).status).toBe(202)
    expect((await rest({ method: 'POST', path: '/globals/site-status/rebuild', token: editor })).status).toBe(403)
    expect((await rest({ method: 'POST', path: '/globals/site-status/rebuild' })).status).toBe(403)
  })

  test('the site status is visible to editors but not to the public', async () => {
    await expect(payload.findGlobal({ slug: 'site-status', ...asUser(world.users.editor) })).resolves.toHaveProperty(
      'state',
    )
    await expect(payload.findGlobal({ slug: 'site-status', ...asUser() })).rejects.toThrow()
  })
})
