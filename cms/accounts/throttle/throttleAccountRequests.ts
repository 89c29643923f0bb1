import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { hasRole } from '../../access/userRoles'
import type { User } from '../../payload-types'
import { clientAddressOf } from './clientAddress'
import { forgetCount, spendOrRefuse } from './spendOrRefuse'

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

const accountAndAddress = (email: string, req: PayloadRequest) => `${email}\n${clientAddressOf(req)}`

/**
 * The limits on sign-in, registration and password resets, counted inside the operations
 * themselves: whatever path or spelling reached them (`/api/users/LOGIN`, `%6cogin`, `./login`…)
 * they count the same. Only requests from clients (REST) are counted; the server's own Local API
 * calls are not.
 *
 * Every sign-in attempt counts as a failure until it succeeds (then its account's runs are
 * forgotten), so no failure goes uncounted however the attempt ends.
 */
export const throttleAccountRequests: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}): Promise<void> => {
  if (req.payloadAPI !== 'REST') return
  const address = clientAddressOf(req)
  const data = (args as { data?: unknown }).data
  switch (operation) {
    case 'login': {
      const email = emailOf(data)
      await spendOrRefuse(req, 'signInPerAddress', address)
      await spendOrRefuse(req, 'failedSignInsPerAccountAndAddress', accountAndAddress(email, req))
      await spendOrRefuse(req, 'failedSignInsPerAccount', email)
      break
    }
    case 'create':
      if (!hasRole(req.user, 'admin')) await spendOrRefuse(req, 'registrationPerAddress', address)
      break
    case 'forgotPassword':
      await spendOrRefuse(req, 'passwordResetPerAddress', address)
      await spendOrRefuse(req, 'resetEmailsPerAccount', emailOf(data))
      break
    case 'resetPassword':
      await spendOrRefuse(req, 'passwordResetPerAddress', address)
      break
    case 'unlock':
      // An admin lifts the account-wide pause (the per-address back-off ends by itself).
      if (hasRole(req.user, 'admin')) await forgetCount(req, 'failedSignInsPerAccount', emailOf(data))
      break
  }
}

/** A successful sign-in ends the run of failures for the account, from this address and overall. */
export const forgetFailedSignIns: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  const email = emailOf(user)
  await forgetCount(req, 'failedSignInsPerAccountAndAddress', accountAndAddress(email, req))
  await forgetCount(req, 'failedSignInsPerAccount', email)
}
