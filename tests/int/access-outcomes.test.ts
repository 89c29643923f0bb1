import { Forbidden, type Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { tryDelete, tryRead, tryUpdate } from '../helpers/attempt'
import { asServer } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

/**
 * The access matrix counts on tryRead/tryUpdate/tryDelete to tell access control's refusal from
 * everything else. These controls feed them the cases a careless helper would count as "denied".
 */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const threadOf = async (author: number) =>
  world.create('threads', { community: world.community, author, title: 'Mine', body: 'x' })

/** The real Payload, but with one operation replaced: how a broken access rule would behave. */
const payloadWith = (replaced: { update?: () => Promise<unknown>; delete?: () => Promise<unknown> }): Payload =>
  Object.assign(Object.create(payload), replaced)

describe('what the access matrix counts as denied', () => {
  test('a rule that says no (a hook’s 403) is reported as such, not as denied', async () => {
    const thread = await threadOf(world.users.learner.id)
    const outcome = await tryUpdate({ payload, collection: 'threads', user: world.users.learner }, thread, {
      pinned: true,
    })
    expect(outcome).toMatch(/^refused by rule: Only moderators can change: pinned/)
  })

  test.each([
    ['reading', (args: Parameters<typeof tryRead>[0], id: number) => tryRead(args, id)],
    ['updating', (args: Parameters<typeof tryRead>[0], id: number) => tryUpdate(args, id, { title: 'x' })],
    ['deleting', (args: Parameters<typeof tryRead>[0], id: number) => tryDelete(args, id)],
  ])('%s a row that does not exist is an error, not a denial', async (_, attempt) => {
    await expect(attempt({ payload, collection: 'threads', user: world.users.learner }, 999_999_999)).rejects.toThrow(
      /does not exist/,
    )
  })

  test('an update refused after it changed the row is caught', async () => {
    const thread = await threadOf(world.users.otherLearner.id)
    const leaky = payloadWith({
      update: async () => {
        await payload.update({ collection: 'threads', id: thread, data: { title: 'Changed anyway' }, ...asServer })
        throw new Forbidden()
      },
    })
    await expect(
      tryUpdate({ payload: leaky, collection: 'threads', user: world.users.learner }, thread, { title: 'x' }),
    ).rejects.toThrow(/changed after a refused update/)
  })

  test('a delete refused after it removed the row is caught', async () => {
    const thread = await threadOf(world.users.otherLearner.id)
    const leaky = payloadWith({
      delete: async () => {
        await payload.delete({ collection: 'threads', id: thread, ...asServer })
        throw new Forbidden()
      },
    })
    await expect(
      tryDelete({ payload: leaky, collection: 'threads', user: world.users.learner }, thread),
    ).rejects.toThrow(/is gone after a refused delete/)
  })

  test('an update that answers "allowed" but stores nothing is caught', async () => {
    const thread = await threadOf(world.users.otherLearner.id)
    // Answers with the row as it was, the way a hook that drops the change would.
    const silent = payloadWith({ update: () => payload.findByID({ collection: 'threads', id: thread, ...asServer }) })
    await expect(
      tryUpdate({ payload: silent, collection: 'threads', user: world.users.moderator }, thread, { title: 'Edited' }),
    ).rejects.toThrow(/allowed but did not store/)
  })
})
