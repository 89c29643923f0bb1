import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/** Payload's current hash format says so in a prefix; older hashes are bare hex with other parameters. */
const currentPrefix = 'pbkdf2-sha256-v1:'

const parameters = (hash: string) =>
  hash.startsWith(currentPrefix)
    ? { stored: hash.slice(currentPrefix.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/**
 * Whether a password matches an account's stored salt and hash, as Payload's sign-in checks it
 * (PBKDF2-SHA256). Payload does not export its check; a test compares this one with a real sign-in
 * (tests/int/account-hygiene.test.ts), so a change of format in Payload shows at once.
 */
export const passwordMatches = async (password: string, { salt, hash }: { salt?: unknown; hash?: unknown }) => {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const { stored, iterations, keyLength } = parameters(hash)
  const expected = Buffer.from(stored, 'hex')
  const actual = await derive(password, salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
