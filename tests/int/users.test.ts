import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

describe('accounts', () => {
  test('someone who registers is a learner, even if she asks to be an admin', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        name: 'Newcomer',
        email: `newcomer-${world.run}@example.org`,
        password: 'a-long-password',
        roles: ['admin'],
      },
      ...asUser(),
    })
    world.made.push({ collection: 'users', id: user.id })
    expect(user.roles).toEqual(['learner'])
  })

  test('a learner cannot give herself another role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: world.users.learner.id,
      data: { roles: ['admin'] },
      ...asUser(world.users.learner),
    })
    expect(updated.roles).toEqual(['learner'])
  })

  test('a learner edits her own profile but not another learner’s', async () => {
    const own = await payload.update({
      collection: 'users',
      id: world.users.learner.id,
      data: { organisation: 'Ministry' },
      ...asUser(world.users.learner),
    })
    expect(own.organisation).toBe('Ministry')
    await expect(
      payload.update({
        collection: 'users',
        id: world.users.otherLearner.id,
        data: { organisation: 'Hijacked' },
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow()
  })

  test('self-declared gender is visible to its owner and admins only', async () => {
    await payload.update({
      collection: 'users',
      id: world.users.learner.id,
      data: { gender: 'woman' },
      ...asUser(world.users.learner),
    })
    const byOwner = await payload.findByID({
      collection: 'users',
      id: world.users.learner.id,
      ...asUser(world.users.learner),
    })
    const byAdmin = await payload.findByID({
      collection: 'users',
      id: world.users.learner.id,
      ...asUser(world.users.admin),
    })
    expect(byOwner.gender).toBe('woman')
    expect(byAdmin.gender).toBe('woman')
    await expect(
      payload.findByID({ collection: 'users', id: world.users.learner.id, ...asUser(world.users.editor) }),
    ).rejects.toThrow()
  })
})
