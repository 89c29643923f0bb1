import type { DemoAccount } from '.'
import { settings } from '../config/settings'

/** Prints the demo accounts created by a seed run; passwords are shown this once only. */
export const printAccounts = (accounts: DemoAccount[]) => {
  if (accounts.length === 0) return
  const fromEnv = Boolean(settings().SEED_DEMO_PASSWORD)
  console.log(
    '\nDemo accounts created' + (fromEnv ? ' (password from SEED_DEMO_PASSWORD):' : ' (random passwords, shown once):'),
  )
  for (const account of accounts) {
    console.log(
      `  ${account.roles.join(',').padEnd(12)} ${account.email.padEnd(28)} ${fromEnv ? '' : account.password}`,
    )
  }
  console.log('Change or delete these accounts before opening the platform to the public.\n')
}
