import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { minimalPdf } from '../../cms/seed/minimalPdf'
import { asServer, asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

/** Files members share in a forum: stored as members-only media of their community, out of reach of everyone else. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const pdf = (name: string) => {
  const data = minimalPdf({ title: name, paragraphs: ['Shared in a discussion.'] })
  return { data, name: `${name}.pdf`, mimetype: 'application/pdf', size: data.length }
}

describe('files shared in a community', () => {
  test('a member shares a file in her community; members read it, others do not', async () => {
    const file = await payload.create({
      collection: 'media',
      data: { alt: 'Agenda', visibility: 'members', community: world.community } as never,
      file: pdf(`agenda-${world.run}`),
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'media', id: file.id })
    const readAs = (user?: typeof world.users.learner) =>
      payload.find({ collection: 'media', where: { id: { equals: file.id } }, ...(user ? asUser(user) : { overrideAccess: false, user: null }) }).then((found) => found.totalDocs)
    expect(await readAs(world.users.otherLearner)).toBe(1)
    expect(await readAs(world.users.moderator)).toBe(1)
    expect(await readAs(world.users.instructor)).toBe(0)
    expect(await readAs()).toBe(0)
  })

  test('nobody shares into a community she does not belong to, nor publicly', async () => {
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x', visibility: 'members', community: world.spareCommunity } as never, file: pdf(`other-${world.run}`), ...asUser(world.users.learner) }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x', visibility: 'public' } as never, file: pdf(`public-${world.run}`), ...asUser(world.users.learner) }),
    ).rejects.toThrow()
    expect((await payload.find({ collection: 'media', where: { alt: { equals: 'x' } }, ...asServer })).totalDocs).toBe(0)
  })
})
