import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { tryCreate, tryDelete, tryRead, tryUpdate } from '../helpers/attempt'
import { actors, userOf, useWorld, type World } from '../helpers/world'
import { accessCases } from './accessCases'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

const expected = (allowedActors: readonly string[], actor: string) =>
  allowedActors.includes(actor) ? 'allowed' : 'denied'

describe.each(accessCases)('$name', (accessCase) => {
  const args = (actor: (typeof actors)[number]) => ({
    payload,
    collection: accessCase.collection,
    user: userOf(world, actor),
  })

  test.each(actors)('create as %s', async (actor) => {
    const unique = `${actor}-${Math.random().toString(36).slice(2, 8)}`
    const outcome = await tryCreate(
      args(actor),
      accessCase.createData(world, unique),
      (id) => world.made.push({ collection: accessCase.collection, id }),
      accessCase.createFile?.(unique),
    )
    expect(outcome).toBe(expected(accessCase.allowed.create, actor))
  })

  test.each(actors)('read as %s', async (actor) => {
    const id = await accessCase.target(world)
    expect(await tryRead(args(actor), id)).toBe(expected(accessCase.allowed.read, actor))
  })

  test.each(actors)('update as %s', async (actor) => {
    const id = await accessCase.target(world)
    expect(await tryUpdate(args(actor), id, accessCase.updateData)).toBe(expected(accessCase.allowed.update, actor))
  })

  test.each(actors)('delete as %s', async (actor) => {
    const id = await accessCase.target(world)
    // tryDelete itself checks that a refused delete left the row as it was and an allowed one removed it.
    expect(await tryDelete(args(actor), id)).toBe(expected(accessCase.allowed.delete, actor))
  })
})
