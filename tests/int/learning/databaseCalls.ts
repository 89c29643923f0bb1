import type { Payload } from 'payload'
import { vi } from 'vitest'

/** Every method of a Payload database adapter that reads or writes data (not transactions or migrations). */
const dataMethods = [
  'find',
  'findOne',
  'findDistinct',
  'count',
  'queryDrafts',
  'create',
  'updateOne',
  'updateMany',
  'upsert',
  'deleteOne',
  'deleteMany',
  'findVersions',
  'countVersions',
  'createVersion',
  'updateVersion',
  'deleteVersions',
  'findGlobal',
  'createGlobal',
  'updateGlobal',
  'findGlobalVersions',
  'countGlobalVersions',
  'createGlobalVersion',
  'updateGlobalVersion',
  'updateJobs',
] as const

/**
 * The database calls `work` makes, as "method collection" strings in the order they were made:
 * every data method of `payload.db` is spied on (and still runs) while `work` runs.
 */
export const databaseCallsOf = async (payload: Payload, work: () => Promise<unknown>) => {
  const spies = dataMethods
    .filter((name) => typeof payload.db[name] === 'function')
    .map((name) => ({ name, spy: vi.spyOn(payload.db, name) }))
  try {
    await work()
    // Read before the spies are restored: restoring forgets the calls.
    const calls = spies.flatMap(({ name, spy }) =>
      spy.mock.calls.map((args, index) => ({
        order: spy.mock.invocationCallOrder[index]!,
        call: `${name} ${describe(args[0])}`,
      })),
    )
    return calls.sort((a, b) => a.order - b.order).map(({ call }) => call)
  } finally {
    for (const { spy } of spies) spy.mockRestore()
  }
}

const describe = (args: unknown) => {
  const target = args as { collection?: string; slug?: string } | undefined
  return target?.collection ?? target?.slug ?? ''
}
