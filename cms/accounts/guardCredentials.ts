import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { hasRole } from '../access/userRoles'
import { passwordProblem, passwordProblemMessages } from './passwordPolicy'
import { passwordMatches } from './verifyPassword'

type Credentials = { email?: unknown; password?: unknown; currentPassword?: unknown; name?: unknown }

const refuse = (status: number, code: string, message: string, path?: string) =>
  new APIError(message, status, { code, errors: path ? [{ path, message }] : [] }, true)

const checkNewPassword = (data: Credentials, context: { email?: string | null; name?: string | null }) => {
  if (typeof data.password !== 'string') return
  const problem = passwordProblem(data.password, context)
  if (problem) throw refuse(400, problem, passwordProblemMessages[problem], 'password')
}

const storedAccount = (req: PayloadRequest, id: number | string) =>
  req.payload.db.findOne<{ id: number | string; email: string; name?: string; salt?: string; hash?: string }>({
    collection: 'users',
    where: { id: { equals: id } },
    req,
  })

/**
 * Changing one's own e-mail address or password takes the current password, so a session left
 * open (or stolen) cannot take the account over. New passwords follow the password policy
 * wherever they are set: registration, account page, admin, reset link.
 */
export const guardCredentials: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}): Promise<void> => {
  if (req.payloadAPI !== 'REST') return
  const data = ((args as { data?: Credentials }).data ?? {}) as Credentials
  if (operation === 'create' || operation === 'resetPassword') {
    checkNewPassword(data, {
      email: typeof data.email === 'string' ? data.email : null,
      name: typeof data.name === 'string' ? data.name : null,
    })
    return
  }
  if (operation !== 'update') return
  const id = (args as { id?: number | string }).id
  const newEmail = typeof data.email === 'string' ? data.email.trim().toLowerCase() : undefined
  const wantsNewPassword = typeof data.password === 'string' && data.password !== ''
  if (!wantsNewPassword && newEmail === undefined) return
  if (id === undefined) {
    if (hasRole(req.user, 'admin')) return
    throw refuse(400, 'one-account-at-a-time', 'Change an e-mail address or password on one account at a time.')
  }
  const account = await storedAccount(req, id)
  if (!account) return
  const changesEmail = newEmail !== undefined && newEmail !== account.email.toLowerCase()
  if (!wantsNewPassword && !changesEmail) return
  if (wantsNewPassword)
    checkNewPassword(data, {
      email: newEmail ?? account.email,
      name: typeof data.name === 'string' ? data.name : account.name,
    })
  const ownAccount = req.user !== null && req.user !== undefined && String(req.user.id) === String(id)
  if (ownAccount) {
    if (typeof data.currentPassword !== 'string' || data.currentPassword === '') {
      throw refuse(
        400,
        'current-password-required',
        'Enter your current password to change your e-mail address or password.',
        'currentPassword',
      )
    }
    if (!(await passwordMatches(data.currentPassword, account))) {
      throw refuse(403, 'current-password-wrong', 'Your current password is not correct.', 'currentPassword')
    }
  }
  req.context.credentialsChanged = true
}
