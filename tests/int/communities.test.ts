import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import fr from '../../cms/contract/i18n/fr.json'
import { asServer, asUser } from '../helpers/asUser'
import { mailTo, waitForMail } from '../helpers/mailbox'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World
let thread: number

useWorld((made) => ({ payload, world } = made))

beforeAll(async () => {
  thread = await world.create('threads', {
    community: world.community,
    author: world.users.learner.id,
    title: 'Welcome',
    body: 'Hello',
  })
})

const outsider = async () => payload.findByID({ collection: 'users', id: await world.newLearner(), ...asServer })

describe('joining a community', () => {
  test('a request to join starts pending, even if the applicant asks to be approved as moderator', async () => {
    const applicant = await outsider()
    const membership = await payload.create({
      collection: 'memberships',
      data: { user: applicant.id, community: world.community, status: 'approved', role: 'moderator' },
      ...asUser(applicant),
    })
    world.made.push({ collection: 'memberships', id: membership.id })
    expect(membership.status).toBe('pending')
    expect(membership.role).toBe('member')
  })

  test('moderators see who asks: name, organisation and country come from her account, not from what she sends', async () => {
    const applicant = await outsider()
    await payload.update({
      collection: 'users',
      id: applicant.id,
      data: { organisation: `Academy ${world.run}`, country: 'KE' },
      ...asServer,
    })
    const forged = { name: 'Someone else', organisation: 'Forged', country: 'XX' }
    const membership = await payload.create({
      collection: 'memberships',
      data: {
        user: applicant.id,
        community: world.community,
        status: 'pending',
        role: 'member',
        message: 'Hello',
        applicant: forged,
      },
      ...asUser(applicant),
    })
    world.made.push({ collection: 'memberships', id: membership.id })
    const expected = { name: applicant.name, organisation: `Academy ${world.run}`, country: 'KE' }
    const seen = await payload.findByID({
      collection: 'memberships',
      id: membership.id,
      ...asUser(world.users.moderator),
    })
    expect(seen.applicant).toEqual(expected)
    await payload.update({
      collection: 'memberships',
      id: membership.id,
      data: { status: 'approved', applicant: forged },
      ...asUser(world.users.moderator),
    })
    expect((await payload.findByID({ collection: 'memberships', id: membership.id, ...asServer })).applicant).toEqual(
      expected,
    )
  })

  test('the applicant hears of the decision by e-mail, in her language, with a link to the community', async () => {
    const applicant = await outsider()
    await payload.update({ collection: 'users', id: applicant.id, data: { preferredLanguage: 'fr' }, ...asServer })
    const membership = await world.create('memberships', {
      user: applicant.id,
      community: world.community,
      status: 'pending',
    })
    await payload.update({
      collection: 'memberships',
      id: membership,
      data: { status: 'approved' },
      ...asUser(world.users.moderator),
    })
    const mail = await waitForMail(applicant.email, (message) => message.subject.includes(`Community ${world.run}`))
    expect(mail.subject).toBe(
      fr['email.membership.approved.subject'].replace('{{community}}', `Community ${world.run}`),
    )
    expect(mail.html).toContain(`/fr/communities/community-${world.run}/`)
    // Banning later is not a decision on a request: no second e-mail.
    await payload.update({
      collection: 'memberships',
      id: membership,
      data: { status: 'banned' },
      ...asUser(world.users.moderator),
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(mailTo(applicant.email)).toHaveLength(1)
  })

  test('a pending applicant cannot read the forum until a moderator approves her', async () => {
    const applicant = await outsider()
    const membership = await world.create('memberships', {
      user: applicant.id,
      community: world.community,
      status: 'pending',
    })
    await expect(payload.find({ collection: 'threads', ...asUser(applicant) })).rejects.toThrow()
    await payload.update({
      collection: 'memberships',
      id: membership,
      data: { status: 'approved' },
      ...asUser(world.users.moderator),
    })
    const { docs } = await payload.find({ collection: 'threads', ...asUser(applicant) })
    expect(docs.map((doc) => doc.id)).toContain(thread)
  })
})

describe('the forum', () => {
  test('a member cannot start a thread in a community she does not belong to', async () => {
    await expect(
      payload.create({
        collection: 'threads',
        data: { community: world.spareCommunity, title: 'Hi', body: 'x' },
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  test('a post is signed by whoever writes it, not by the name she submits', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { thread, body: 'My view', author: world.users.otherLearner.id },
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'posts', id: post.id })
    expect(post.author).toBe(world.users.learner.id)
    expect(post.community).toBe(world.community)
  })

  test('a hidden post disappears for members but stays visible to moderators', async () => {
    const post = await world.create('posts', { thread, author: world.users.otherLearner.id, body: 'Off-topic advert' })
    await payload.update({ collection: 'posts', id: post, data: { hidden: true }, ...asUser(world.users.moderator) })
    const seenBy = async (user: typeof world.users.learner) =>
      (await payload.find({ collection: 'posts', where: { id: { equals: post } }, ...asUser(user) })).docs.length
    expect(await seenBy(world.users.learner)).toBe(0)
    expect(await seenBy(world.users.moderator)).toBe(1)
  })

  test('only moderators pin, lock or hide', async () => {
    await expect(
      payload.update({ collection: 'threads', id: thread, data: { pinned: true }, ...asUser(world.users.learner) }),
    ).rejects.toThrow(/Only moderators/)
    const pinned = await payload.update({
      collection: 'threads',
      id: thread,
      data: { pinned: true },
      ...asUser(world.users.moderator),
    })
    expect(pinned.pinned).toBe(true)
  })

  test('a locked thread takes no new replies from members', async () => {
    const locked = await world.create('threads', {
      community: world.community,
      author: world.users.moderator.id,
      title: 'Closed topic',
      body: 'x',
      locked: true,
    })
    await expect(
      payload.create({
        collection: 'posts',
        data: { thread: locked, body: 'Late reply' },
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow(/locked/)
  })

  test('a moderator bans and readmits members, but makes nobody a moderator and leaves moderators to admins', async () => {
    const member = await world.create('memberships', {
      user: await world.newLearner(),
      community: world.community,
      status: 'approved',
    })
    const asModerator = asUser(world.users.moderator)
    await payload.update({ collection: 'memberships', id: member, data: { status: 'banned' }, ...asModerator })
    await payload.update({ collection: 'memberships', id: member, data: { status: 'approved' }, ...asModerator })
    await expect(
      payload.update({ collection: 'memberships', id: member, data: { role: 'moderator' }, ...asModerator }),
    ).rejects.toThrow(/Only an admin/)
    const otherModerator = await world.create('memberships', {
      user: await world.newLearner(),
      community: world.community,
      status: 'approved',
      role: 'moderator',
    })
    await expect(
      payload.update({ collection: 'memberships', id: otherModerator, data: { status: 'banned' }, ...asModerator }),
    ).rejects.toThrow(/Only an admin/)
    await payload.update({
      collection: 'memberships',
      id: otherModerator,
      data: { status: 'banned' },
      ...asUser(world.users.admin),
    })
  })

  test('a membership cannot be moved to another person or community (but by an admin), nor decided outside one’s own community', async () => {
    const member = await world.create('memberships', {
      user: await world.newLearner(),
      community: world.community,
      status: 'pending',
    })
    await expect(
      payload.update({
        collection: 'memberships',
        id: member,
        data: { community: world.spareCommunity },
        ...asUser(world.users.moderator),
      }),
    ).rejects.toThrow(/cannot be changed/)
    await expect(
      payload.update({
        collection: 'memberships',
        id: member,
        data: { user: world.users.otherLearner.id },
        ...asUser(world.users.moderator),
      }),
    ).rejects.toThrow(/cannot be changed/)
    expect((await payload.findByID({ collection: 'memberships', id: member, ...asServer })).community).toBe(
      world.community,
    )
    const movedByAdmin = await payload.update({
      collection: 'memberships',
      id: member,
      data: { user: await world.newLearner() },
      ...asUser(world.users.admin),
    })
    expect(movedByAdmin.user).not.toBe(world.users.otherLearner.id)
    const elsewhere = await world.create('memberships', {
      user: await world.newLearner(),
      community: world.spareCommunity,
      status: 'pending',
    })
    await expect(
      payload.update({
        collection: 'memberships',
        id: elsewhere,
        data: { status: 'approved' },
        ...asUser(world.users.moderator),
      }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'memberships', id: elsewhere, ...asServer })).status).toBe('pending')
  })

  test('a banned member loses access to the forum', async () => {
    const member = await outsider()
    const membership = await world.create('memberships', {
      user: member.id,
      community: world.community,
      status: 'approved',
    })
    expect((await payload.find({ collection: 'threads', ...asUser(member) })).docs.length).toBeGreaterThan(0)
    await payload.update({
      collection: 'memberships',
      id: membership,
      data: { status: 'banned' },
      ...asUser(world.users.moderator),
    })
    await expect(payload.find({ collection: 'threads', ...asUser(member) })).rejects.toThrow()
  })
})
