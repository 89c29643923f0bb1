import { randomBytes } from 'node:crypto'

import type { SeedContext } from './context'
import { upsert } from './upsert'
import { settings } from '../config/settings'

export type DemoAccount = { email: string; roles: string[]; password: string }

/**
 * Demo accounts get SEED_DEMO_PASSWORD when it is set, otherwise a fresh random password each,
 * reported once, on creation. No fixed password ever ships.
 */
const newPassword = () => settings().SEED_DEMO_PASSWORD || randomBytes(12).toString('base64url')

export const seedUsers = async ({ payload, content, ids }: SeedContext): Promise<DemoAccount[]> => {
  const createdAccounts: DemoAccount[] = []
  for (const user of content.users) {
    const password = newPassword()
    const { key, ...profile } = user
    const { id, created } = await upsert({
      payload,
      collection: 'users',
      where: { email: { equals: user.email } },
      data: { ...profile, consent: { privacyNoticeAcceptedAt: '2026-01-01T00:00:00.000Z' } },
      createOnly: { password },
    })
    ids.users.set(key, id)
    if (created) createdAccounts.push({ email: user.email, roles: user.roles, password })
  }
  return createdAccounts
}
