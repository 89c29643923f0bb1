import { dictionary } from '@zxcvbn-ts/language-common'

import { passwordLength, type PasswordProblem } from '../contract/passwordRules'

/** About 49,000 passwords seen most often in breaches (the zxcvbn-ts list), lower-cased. */
const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()))

/**
 * What is wrong with a new password, following NIST SP 800-63B: at least 8 characters, not one
 * of the passwords attackers try first, not the person's own name or address; no rules about
 * character classes (they make passwords harder to remember, not to guess).
 */
export const passwordProblem = (
  password: string,
  context: { email?: string | null; name?: string | null } = {},
): PasswordProblem | null => {
  const length = [...password].length
  if (length < passwordLength.min) return 'password-too-short'
  if (length > passwordLength.max) return 'password-too-long'
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower)) return 'password-common'
  const personal = [context.email, context.email?.split('@')[0], context.name].flatMap((word) =>
    word ? [word.trim().toLowerCase()] : [],
  )
  if (personal.some((word) => word.length > 0 && lower === word)) return 'password-personal'
  return null
}

/** The words of each problem (the portal shows its own, in the reader's language, by the code). */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  'password-too-short': `Choose a password of at least ${passwordLength.min} characters.`,
  'password-too-long': `Choose a password of at most ${passwordLength.max} characters.`,
  'password-common': 'This password is among the most common ones attackers try first. Choose another.',
  'password-personal': 'Do not use your name or e-mail address as your password.',
}
