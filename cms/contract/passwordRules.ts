/** How long a password may be (NIST SP 800-63B: at least 8; an upper bound keeps hashing cheap). */
export const passwordLength = { min: 8, max: 256 } as const

/** Why a new password is refused; the API says which in its error's `data.code`, the portal in words. */
export const passwordProblems = [
  'password-too-short',
  'password-too-long',
  'password-common',
  'password-personal',
] as const

export type PasswordProblem = (typeof passwordProblems)[number]
