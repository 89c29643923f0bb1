import type { Payload } from 'payload'
import { describe, expect, test, vi } from 'vitest'

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
      payload
        .find({
          collection: 'media',
          where: { id: { equals: file.id } },
          ...(user ? asUser(user) : { overrideAccess: false, user: null }),
        })
        .then((found) => found.totalDocs)
    expect(await readAs(world.users.otherLearner)).toBe(1)
    expect(await readAs(world.users.moderator)).toBe(1)
    expect(await readAs(world.users.instructor)).toBe(0)
    expect(await readAs()).toBe(0)
  })

  test('nobody shares into a community she does not belong to, nor publicly', async () => {
    const alt = `refused-${world.run}`
    await expect(
      payload.create({
        collection: 'media',
        data: { alt, visibility: 'members', community: world.spareCommunity } as never,
        file: pdf(`other-${world.run}`),
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'media',
        data: { alt, visibility: 'public' } as never,
        file: pdf(`public-${world.run}`),
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow()
    expect((await payload.find({ collection: 'media', where: { alt: { equals: alt } }, ...asServer })).totalDocs).toBe(
      0,
    )
  })

  test('the server records who shared a file; other members see the file, not the account', async () => {
    const file = await payload.create({
      collection: 'media',
      data: {
        alt: 'Minutes',
        visibility: 'members',
        community: world.community,
        uploadedBy: world.users.otherLearner.id,
      } as never,
      file: pdf(`minutes-${world.run}`),
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'media', id: file.id })
    expect((await payload.findByID({ collection: 'media', id: file.id, ...asServer })).uploadedBy).toBe(
      world.users.learner.id,
    )
    expect(
      (await payload.findByID({ collection: 'media', id: file.id, ...asUser(world.users.learner) })).uploadedBy,
    ).toBe(world.users.learner.id)
    expect(
      (await payload.findByID({ collection: 'media', id: file.id, ...asUser(world.users.otherLearner) })).uploadedBy,
    ).toBeUndefined()
  })

  test('one account shares files up to a quota; the file that would pass it is refused, with the quota', async () => {
    const member = await payload.findByID({ collection: 'users', id: await world.newLearner(), ...asServer })
    await world.create('memberships', { user: member.id, community: world.community, status: 'approved' })
    const first = pdf(`first-${world.run}`)
    vi.stubEnv('UPLOAD_QUOTA_MB', String((first.size * 1.5) / (1024 * 1024)))
    try {
      const share = (name: string, as: typeof member) =>
        payload.create({
          collection: 'media',
          data: { alt: name, visibility: 'members', community: world.community } as never,
          file: pdf(name),
          ...asUser(as),
        })
      const kept = await share(`first-${world.run}`, member)
      world.made.push({ collection: 'media', id: kept.id })
      await expect(share(`second-${world.run}`, member)).rejects.toThrow(/past .* MB/)
      expect(
        (await payload.find({ collection: 'media', where: { alt: { equals: `second-${world.run}` } }, ...asServer }))
          .totalDocs,
      ).toBe(0)
      // Staff upload the library's files: no quota.
      const byEditor = await payload.create({
        collection: 'media',
        data: { alt: 'Library file' } as never,
        file: pdf(`library-${world.run}`),
        ...asUser(world.users.editor),
      })
      world.made.push({ collection: 'media', id: byEditor.id })
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
