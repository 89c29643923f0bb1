import type { Field, FieldAccess, SanitizedConfig } from 'payload'

import { serverOnlyField } from '../fieldAccess'
import { isSelfOrAdminField } from '../isSelfOrAdmin'

type FieldRules = { read: FieldAccess; create: FieldAccess; update: FieldAccess }

const serverOnly: FieldRules = { read: serverOnlyField, create: serverOnlyField, update: serverOnlyField }

/**
 * The fields Payload adds to accounts, with the access this platform gives them: password hashes,
 * reset tokens and sign-in sessions are the server's alone (a person may see her own sessions).
 */
export const authFieldAccess: Record<string, FieldRules> = {
  hash: serverOnly,
  salt: serverOnly,
  resetPasswordToken: serverOnly,
  resetPasswordExpiration: serverOnly,
  resetPasswordRequestedAt: serverOnly,
  loginAttempts: serverOnly,
  lockUntil: serverOnly,
  sessions: { read: isSelfOrAdminField, create: serverOnlyField, update: serverOnlyField },
}

/** Replaces Payload's partial rules on its account fields with the complete ones above. */
export const secureAuthFields = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (!collection.auth) continue
    for (const field of collection.fields as Field[]) {
      const rules = 'name' in field ? authFieldAccess[field.name] : undefined
      if (rules && 'access' in field) field.access = { ...rules }
    }
  }
  return config
}
