import { expect, test } from 'vitest'

import { clientAddressHeader } from '../../cms/accounts/throttle/clientAddress'
import { limits } from '../../cms/accounts/limits'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

// A tenth of the shipped limits: the account-wide pause after 10 failures instead of 100.
process.env.RATE_LIMIT_MULTIPLIER = '0.1'

let world: World
useWorld((made) => ({ world } = made))

test('failures from many addresses pause the account itself, briefly; an admin lifts the pause', async () => {
  const { points } = limits().failedSignInsPerAccount
  expect(points).toBe(10)
  const attempt = (address: string, password: string) =>
    rest({
      method: 'POST',
      path: '/users/login',
      body: { email: world.users.learner.email, password },
      headers: { [clientAddressHeader]: `${address}/${world.run}` },
    })
  for (let n = 0; n < points; n++) expect((await attempt(`198.51.100.${n}`, `guess ${n}`)).status).toBe(401)
  const paused = await attempt('203.0.113.7', `pw-${world.run}-learner`)
  expect(paused.status).toBe(429)
  expect((paused.json.errors as { data?: { limit?: string } }[])[0]?.data?.limit).toBe('failedSignInsPerAccount')
  // The pause is short (minutes, not the rest of the day), and an admin can end it at once.
  expect(Number(paused.headers.get('retry-after'))).toBeLessThanOrEqual(limits().failedSignInsPerAccount.blockSeconds)
  const admin = await logIn(world.users.admin.email, `pw-${world.run}-admin`, {
    [clientAddressHeader]: `192.0.2.1/${world.run}`,
  })
  expect(
    (await rest({ method: 'POST', path: '/users/unlock', body: { email: world.users.learner.email }, token: admin }))
      .status,
  ).toBe(200)
  expect((await attempt('203.0.113.8', `pw-${world.run}-learner`)).status).toBe(200)
})
