import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'

import { changedTables, databaseFingerprint } from '../helpers/databaseFingerprint'
import { hostileRequests, type HostileRequest, type Sender } from '../helpers/hostileRequests'
import { handle, logIn } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/**
 * Every bad request is a 4xx: random and hostile requests against every collection's and global's
 * routes, as a visitor, a learner and an admin, never get a 5xx, and a refused request changes
 * nothing in the database. Deterministic: the seed is printed; REST_FUZZ_SEED and REST_FUZZ_RUNS
 * replay or widen a run.
 */
// A database of its own: every request is followed by a read of every table, so the cost must not
// grow with what other test files left in the shared one.
const ownDatabase = await vi.hoisted(async () => (await import('../helpers/ownDatabase')).useOwnDatabase('hostile'))
afterAll(() => ownDatabase.drop())

const seed = Number(process.env.REST_FUZZ_SEED ?? 20261201)
const numRuns = Number(process.env.REST_FUZZ_RUNS ?? 2500)

let payload: Payload
let world: World
const tokens: Partial<Record<Sender, string>> = {}

useWorld((made) => ({ payload, world } = made))

beforeAll(async () => {
  tokens.learner = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
  tokens.admin = await logIn(world.users.admin.email, `pw-${world.run}-admin`)
})

const toRequest = ({ sender, method, path, headers, body }: HostileRequest) => {
  const token = tokens[sender]
  return new Request(`http://localhost:3000/api${path}`, {
    method,
    headers: token ? { ...headers, authorization: `JWT ${token}` } : headers,
    body,
  })
}

/** The request in words, for a failure message. */
const described = ({ sender, method, path, headers, body }: HostileRequest) => {
  const shown =
    body instanceof FormData
      ? JSON.stringify(
          [...body.entries()].map(([name, value]) => [
            name,
            typeof value === 'string' ? value.slice(0, 200) : `file ${value.name}`,
          ]),
        )
      : body instanceof Uint8Array
        ? `bytes ${Buffer.from(body.subarray(0, 200)).toString('hex')}`
        : String(body ?? '').slice(0, 200)
  return `${sender}: ${method} ${path.slice(0, 300)} ${JSON.stringify(headers)} ${shown}`
}

/** What a client is told: Payload's own errors and the API's refusals carry a message. */
const messageOf = (json: { errors?: { message?: unknown }[]; message?: unknown }) =>
  json.errors?.[0]?.message ?? json.message

test(`no hostile request gets a 5xx, and a refused one changes nothing (${numRuns} cases, seed ${seed})`, async () => {
  console.log(`REST property test: ${numRuns} cases, seed ${seed} (replay with REST_FUZZ_SEED=${seed})`)
  // Rows the generated requests may read and change; accounts that send requests are left alone.
  const changeableIds = {
    courses: [world.openCourse, world.draftCourse],
    lessons: [world.openLesson, world.draftLesson],
    themes: [world.theme],
    events: [world.event],
    experts: [world.publicExpert],
    resources: [world.draftResource],
    communities: [world.spareCommunity],
    users: [world.users.otherLearner.id],
  }
  let before = await databaseFingerprint(payload)
  const statuses = new Map<number, number>()
  const started = Date.now()
  await fc.assert(
    fc.asyncProperty(hostileRequests({ payload, changeableIds }), async (generated) => {
      const response = await handle(toRequest(generated))
      const text = await response.text()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      const after = await databaseFingerprint(payload)
      const changed = changedTables(before, after)
      before = after
      expect(response.status, `${described(generated)} → ${text.slice(0, 300)}`).toBeLessThan(500)
      if (response.status >= 400) {
        expect(changed, `${described(generated)}: refused with ${response.status}, yet changed`).toEqual([])
        const json = JSON.parse(text)
        expect(messageOf(json), 'a refusal says what is wrong').toEqual(expect.any(String))
      }
    }),
    { seed, numRuns, endOnFailure: true },
  )
  console.log(
    `REST property test: ${numRuns} cases in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses`,
    Object.fromEntries([...statuses].sort()),
  )
}, 600_000)
