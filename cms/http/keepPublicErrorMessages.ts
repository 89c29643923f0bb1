import type { AfterErrorHook } from 'payload'

/** What Payload answers when it cannot tell what an error is (see payload's formatErrors). */
const unknownErrorMessage = 'An unknown error occurred.'

/**
 * Payload words an error by its class name unless the error carries data; in the production bundle
 * that name can be minified away, and every refusal our rules throw ("This thread is locked.")
 * would reach the user as "An unknown error occurred.". A public error keeps the words it was
 * thrown with; a server fault stays hidden.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  const thrown = error as Error & { isPublic?: boolean; status?: number }
  const status = thrown.status ?? 500
  if (!thrown.isPublic || status >= 500 || !thrown.message) return
  const errors = (result as { errors?: { message?: string }[] } | undefined)?.errors
  if (!errors || errors.length !== 1 || errors[0]?.message !== unknownErrorMessage) return
  return { response: { errors: [{ ...errors[0], message: thrown.message }] }, status }
}
