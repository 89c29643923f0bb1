import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { apiClient, type Caller } from '../../scripts/bench/apiClient'
import { ownServerDatabase } from '../helpers/serverDatabase'
import { startServer } from '../helpers/startedServer'

/**
 * Two `npm start` instances on one PostgreSQL database, as the README's scale-out setup runs
 * them (the second without the rebuild worker): the cohorts' places and the rate limits hold
 * across both, because the database keeps them, not either process. SQLite is one instance by
 * nature; MongoDB runs the same code but is not started twice here.
 */
const onPostgres = (process.env.SERVER_TEST_DATABASE_URL ?? '').startsWith('postgres')
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-two-instances-'))
const demoPassword = 'demo-password-for-two-instances'
const places = 3
const racers = 50

type Server = Awaited<ReturnType<typeof startServer>>
let first: Server | undefined
let second: Server | undefined
let database: Awaited<ReturnType<typeof ownServerDatabase>> | undefined

/** The two instances' APIs; each test call says which one it goes through. */
const api = { first: apiClient(''), second: apiClient('') }
const learnerPassword = 'a long learner password for racing'

beforeAll(async () => {
  if (!onPostgres) return
  database = await ownServerDatabase(scratch, 'two_instances')
  // The API is what is tested: a stand-in portal spares the portal build.
  mkdirSync(path.join(scratch, 'portal'))
  writeFileSync(path.join(scratch, 'portal', 'index.html'), '<!doctype html><title>Portal</title>')
  const shared = {
    DATABASE_URL: database.url,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'two-instances-test-secret',
    SEED_DEMO_PASSWORD: demoPassword,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    MAIL_CAPTURE_DIR: path.join(scratch, 'mail'),
    // Each racer comes from an address of its own, as a proxy reports it, under the limits as shipped.
    TRUST_PROXY: 'true',
    RATE_LIMIT_MULTIPLIER: '1',
  }
  // One after the other: the first builds the admin if needed, migrates and seeds; the second finds it all done.
  first = await startServer({ ...shared, REBUILD_QUIET_MS: '600000' })
  second = await startServer({ ...shared, REBUILD_WORKER: 'false' })
  api.first = apiClient(first.baseURL)
  api.second = apiClient(second.baseURL)
}, 900_000)

afterAll(async () => {
  first?.stop()
  second?.stop()
  await database?.drop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Racer n goes through the first instance when n is even, the second when odd. */
const through = (index: number) => (index % 2 === 0 ? api.first : api.second)

const signUp = async (index: number): Promise<Caller> => {
  const caller: Caller = { address: `10.50.${index >> 8}.${index & 255}` }
  const email = `racer-${index}@example.org`
  await through(index).must(caller, 'POST', '/users', { name: `Racer ${index}`, email, password: learnerPassword })
  return {
    ...caller,
    token: (await through(index).must(caller, 'POST', '/users/login', { email, password: learnerPassword })).token,
  }
}

describe.skipIf(!onPostgres)('two instances on one PostgreSQL database', () => {
  test(`${racers} learners racing through both instances for ${places} cohort places: exactly ${places} get one`, async () => {
    const admin: Caller = { address: '10.40.0.1' }
    admin.token = (
      await api.first.must(admin, 'POST', '/users/login', { email: 'admin@example.org', password: demoPassword })
    ).token
    const { doc: course } = await api.first.must(admin, 'POST', '/courses', {
      _status: 'published',
      title: 'Cohort race',
      slug: 'cohort-race',
      access: 'open',
      format: 'instructor-led',
      cohorts: [{ name: 'Spring', startDate: '2031-03-01', endDate: '2031-04-01', capacity: places }],
    })
    const cohort = course.cohorts[0].id as string
    // Registration hashes a password: a few at a time, so the race, not the set-up, is what runs in parallel.
    const callers: Caller[] = []
    for (let index = 0; index < racers; index += 10) {
      callers.push(...(await Promise.all(Array.from({ length: 10 }, (_, offset) => signUp(index + offset)))))
    }
    const answers = await Promise.all(
      callers.map((caller, index) =>
        through(index).call(caller, 'POST', '/enrolments/course/cohort-race/enrol', { cohort }),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(places)
    expect(statuses.filter((status) => status === 409)).toHaveLength(racers - places)
    for (const instance of [api.first, api.second]) {
      const state = await instance.must(admin, 'GET', '/enrolments/course/cohort-race')
      expect(state.cohorts[0].seatsLeft).toBe(0)
    }
    const held = await api.first.must(
      admin,
      'GET',
      `/enrolments?where[course][equals]=${course.id}&where[cohort][equals]=${cohort}&limit=1&depth=0`,
    )
    expect(held.totalDocs).toBe(places)
  }, 600_000)

  test('a sign-in limit reached through one instance holds on the other', async () => {
    const guesser: Caller = { address: '10.60.0.1' }
    const guess = (instance: typeof api.first, password: string) =>
      instance.call(guesser, 'POST', '/users/login', { email: 'learner@example.org', password })
    const refusals: number[] = []
    for (let attempt = 0; attempt < 10 && refusals.at(-1) !== 429; attempt++)
      refusals.push((await guess(api.first, `wrong ${attempt}`)).status)
    expect(refusals.at(-1)).toBe(429)
    // The other instance refuses this address for this account, even the right password…
    expect((await guess(api.second, demoPassword)).status).toBe(429)
    // …while it still signs the learner in from anywhere else.
    expect(
      (
        await api.second.call({ address: '10.60.0.2' }, 'POST', '/users/login', {
          email: 'learner@example.org',
          password: demoPassword,
        })
      ).status,
    ).toBe(200)
  }, 120_000)
})
