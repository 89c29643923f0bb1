import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { clientAddressHeader } from '../../cms/accounts/throttle/clientAddress'
import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

// The limits as shipped (the suite runs with them raised; these tests count them exactly).
process.env.RATE_LIMIT_MULTIPLIER = '1'

let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

let nextAddress = 0
/**
 * A client address of its own for each request group, as the server hands it to the CMS (unique per
 * run: on PostgreSQL the counters outlive a test file).
 */
const newAddress = () => `192.0.2.${++nextAddress}/${world.run}`
const from = (address: string) => ({ [clientAddressHeader]: address })

const signIn = (address: string, email: string, password: string) =>
  rest({ method: 'POST', path: '/users/login', body: { email, password }, headers: from(address) })

const learnerPassword = () => `pw-${world.run}-learner`
const adminPassword = () => `pw-${world.run}-admin`

describe('sign-in', () => {
  test('ten attempts a minute per address; the eleventh is refused with 429 and the seconds to wait, whatever the account', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await signIn(address, `nobody-${attempt}-${world.run}@example.org`, 'wrong password')
      expect(response.status).toBe(401)
    }
    const refused = await signIn(address, world.users.learner.email, learnerPassword())
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await signIn(newAddress(), world.users.learner.email, learnerPassword())).status).toBe(200)
  })

  test('five failures back off that account from that address only: the owner, elsewhere, signs in at once', async () => {
    const stranger = newAddress()
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signIn(stranger, world.users.admin.email, `guess ${attempt}`)).status).toBe(401)
    const blocked = await signIn(stranger, world.users.admin.email, adminPassword())
    expect(blocked.status).toBe(429)
    expect((blocked.json.errors as { data?: { limit?: string } }[])[0]?.data?.limit).toBe(
      'failedSignInsPerAccountAndAddress',
    )
    expect((await signIn(newAddress(), world.users.admin.email, adminPassword())).status).toBe(200)
  })

  test('a successful sign-in ends the run of failures from that address', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 4; attempt++) await signIn(address, world.users.learner.email, `typo ${attempt}`)
    expect((await signIn(address, world.users.learner.email, learnerPassword())).status).toBe(200)
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await signIn(address, world.users.learner.email, `typo again ${attempt}`)).status).toBe(401)
  })

  test('Payload’s own lockout is off: the account has no lock after many failures from many places', async () => {
    for (let attempt = 0; attempt < 6; attempt++) await signIn(newAddress(), world.users.otherLearner.email, 'wrong')
    expect((await signIn(newAddress(), world.users.otherLearner.email, `pw-${world.run}-other-learner`)).status).toBe(
      200,
    )
  })
})

describe('registration and password resets', () => {
  test('five registrations an hour per address', async () => {
    const address = newAddress()
    const register = (n: number) =>
      rest({
        method: 'POST',
        path: '/users',
        body: { name: `R ${n}`, email: `r${n}-${world.run}@example.org`, password: `a good passphrase ${n}` },
        headers: from(address),
      })
    for (let n = 0; n < 5; n++) {
      const response = await register(n)
      expect(response.status).toBe(201)
      world.made.push({ collection: 'users', id: (response.json.doc as { id: number }).id })
    }
    expect((await register(5)).status).toBe(429)
    expect(
      (
        await payload.find({
          collection: 'users',
          where: { email: { equals: `r5-${world.run}@example.org` } },
          ...asServer,
        })
      ).totalDocs,
    ).toBe(0)
  })

  test('reset e-mails: three an hour per account, from any address', async () => {
    const ask = () =>
      rest({
        method: 'POST',
        path: '/users/forgot-password',
        body: { email: world.users.otherLearner.email },
        headers: from(newAddress()),
      })
    for (let n = 0; n < 3; n++) expect((await ask()).status).toBe(200)
    expect((await ask()).status).toBe(429)
  })

  test('reset requests and reset attempts: five per quarter hour per address', async () => {
    const address = newAddress()
    for (let n = 0; n < 5; n++) {
      expect(
        (
          await rest({
            method: 'POST',
            path: '/users/reset-password',
            body: { token: `bad-${n}`, password: 'a good passphrase' },
            headers: from(address),
          })
        ).status,
      ).toBe(403)
    }
    expect(
      (
        await rest({
          method: 'POST',
          path: '/users/forgot-password',
          body: { email: `x-${world.run}@example.org` },
          headers: from(address),
        })
      ).status,
    ).toBe(429)
  })
})

describe('forum posting', () => {
  test('twenty contributions a minute per address, even from several accounts', async () => {
    const address = newAddress()
    const thread = await world.create('threads', {
      community: world.community,
      author: world.users.otherLearner.id,
      title: 'Busy',
      body: 'B',
    })
    const tokens = [
      await logIn(world.users.learner.email, learnerPassword(), from(newAddress())),
      await logIn(world.users.moderator.email, `pw-${world.run}-moderator`, from(newAddress())),
    ]
    for (let n = 0; n < 20; n++) {
      const response = await rest({
        method: 'POST',
        path: '/posts',
        body: { thread, body: `Reply ${n}` },
        token: tokens[n % 2],
        headers: from(address),
      })
      expect(response.status).toBe(201)
    }
    const refused = await rest({
      method: 'POST',
      path: '/posts',
      body: { thread, body: 'One more' },
      token: tokens[0],
      headers: from(address),
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('an admin lifts a pause', () => {
  test('only an admin may unlock an account, and others are refused without effect', async () => {
    const learner = await logIn(world.users.learner.email, learnerPassword(), from(newAddress()))
    expect(
      (await rest({ method: 'POST', path: '/users/unlock', body: { email: world.users.admin.email }, token: learner }))
        .status,
    ).toBe(403)
    const admin = await logIn(world.users.admin.email, adminPassword(), from(newAddress()))
    expect(
      (await rest({ method: 'POST', path: '/users/unlock', body: { email: world.users.learner.email }, token: admin }))
        .status,
    ).toBe(200)
  })
})
