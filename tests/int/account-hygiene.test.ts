import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { passwordProblem } from '../../cms/accounts/passwordPolicy'
import { passwordMatches } from '../../cms/accounts/verifyPassword'
import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const codeOf = (json: Record<string, unknown>) =>
  (json.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

/** A fresh account that signs in with the password given. */
const account = async (password = 'a good passphrase 1') => {
  const email = `hygiene-${Math.random().toString(36).slice(2, 10)}@example.org`
  const id = await world.create('users', { name: 'Hygiene Test', email, password, roles: ['learner'] })
  return { id, email, password }
}

const register = (body: Record<string, unknown>) =>
  rest({ method: 'POST', path: '/users', body: { name: 'Amina Diallo', ...body } })

describe('the password policy (NIST SP 800-63B)', () => {
  test.each([
    ['abc', 'password-too-short'],
    ['1234567', 'password-too-short'],
    ['password', 'password-common'],
    ['Password1', 'password-common'],
    ['qwertyuiop', 'password-common'],
    ['x'.repeat(257), 'password-too-long'],
  ])('registering with %s is refused (%s) and makes no account', async (password, code) => {
    const email = `weak-${Math.random().toString(36).slice(2, 10)}@example.org`
    const response = await register({ email, password })
    expect(response.status).toBe(400)
    expect(codeOf(response.json)).toBe(code)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: email } }, ...asServer })).totalDocs,
    ).toBe(0)
  })

  test('one’s own name or address is refused; a long passphrase of common words, without digits or symbols, is fine', async () => {
    expect(passwordProblem('amina diallo', { name: 'Amina Diallo' })).toBe('password-personal')
    expect(passwordProblem('amina.d@example.org', { email: 'amina.d@example.org' })).toBe('password-personal')
    const email = `strong-${Math.random().toString(36).slice(2, 10)}@example.org`
    const response = await register({ email, password: 'river lantern autumn' })
    expect(response.status).toBe(201)
    world.made.push({ collection: 'users', id: (response.json.doc as { id: number }).id })
  })

  test('a weak password is refused through the reset link too', async () => {
    const { email } = await account()
    await rest({ method: 'POST', path: '/users/forgot-password', body: { email } })
    const stored = await payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
      collection: 'users',
      where: { email: { equals: email } },
    })
    const response = await rest({
      method: 'POST',
      path: '/users/reset-password',
      body: { token: stored?.resetPasswordToken, password: 'abc' },
    })
    expect(response.status).toBe(400)
    expect(codeOf(response.json)).toBe('password-too-short')
  })
})

describe('changing one’s e-mail address or password', () => {
  test('takes the current password; without it or with a wrong one nothing changes', async () => {
    const me = await account()
    const token = await logIn(me.email, me.password)
    const change = (body: Record<string, unknown>) => rest({ method: 'PATCH', path: `/users/${me.id}`, body, token })
    const missing = await change({ password: 'a new passphrase 2' })
    expect(missing.status).toBe(400)
    expect(codeOf(missing.json)).toBe('current-password-required')
    const wrong = await change({ email: `taken-over-${world.run}@example.org`, currentPassword: 'not it' })
    expect(wrong.status).toBe(403)
    expect(codeOf(wrong.json)).toBe('current-password-wrong')
    expect((await payload.findByID({ collection: 'users', id: me.id, ...asServer })).email).toBe(me.email)
    await expect(logIn(me.email, 'a new passphrase 2')).rejects.toThrow()
    expect((await change({ password: 'a new passphrase 2', currentPassword: me.password })).status).toBe(200)
    expect(await logIn(me.email, 'a new passphrase 2')).toBeTruthy()
  })

  test('other sessions end when the password or the address changes; the one that changed it stays', async () => {
    const me = await account()
    const here = await logIn(me.email, me.password)
    const elsewhere = await logIn(me.email, me.password)
    const who = async (token: string) =>
      ((await rest({ path: '/users/me', token })).json.user as { id?: number } | null)?.id ?? null
    expect(await who(elsewhere)).toBe(me.id)
    const newEmail = `moved-${Math.random().toString(36).slice(2, 8)}@example.org`
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/users/${me.id}`,
          body: { email: newEmail, currentPassword: me.password },
          token: here,
        })
      ).status,
    ).toBe(200)
    expect(await who(elsewhere)).toBeNull()
    expect(await who(here)).toBe(me.id)
    const third = await logIn(newEmail, me.password)
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/users/${me.id}`,
          body: { password: 'another passphrase 3', currentPassword: me.password },
          token: here,
        })
      ).status,
    ).toBe(200)
    expect(await who(third)).toBeNull()
    expect(await who(here)).toBe(me.id)
  })

  test('an admin changes someone else’s address without knowing her password', async () => {
    const someone = await account()
    const admin = await logIn(world.users.admin.email, `pw-${world.run}-admin`)
    const newEmail = `changed-${Math.random().toString(36).slice(2, 8)}@example.org`
    expect(
      (await rest({ method: 'PATCH', path: `/users/${someone.id}`, body: { email: newEmail }, token: admin })).status,
    ).toBe(200)
  })

  test('a bulk update cannot change credentials (one account at a time)', async () => {
    const me = await account()
    const token = await logIn(me.email, me.password)
    const response = await rest({
      method: 'PATCH',
      path: `/users?where[id][equals]=${me.id}`,
      body: { password: 'bulk passphrase 4' },
      token,
    })
    expect(response.status).toBe(400)
    await expect(logIn(me.email, 'bulk passphrase 4')).rejects.toThrow()
  })

  test('the current password is checked exactly as sign-in checks it', async () => {
    const me = await account('the stored passphrase')
    const stored = await payload.db.findOne<{ id: number; salt?: string; hash?: string }>({
      collection: 'users',
      where: { id: { equals: me.id } },
    })
    expect(await passwordMatches('the stored passphrase', stored!)).toBe(true)
    expect(await passwordMatches('the stored passphrasf', stored!)).toBe(false)
  })
})
