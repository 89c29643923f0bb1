import type { ServerResponse } from 'node:http'
import { settings } from '../../config/settings'

/**
 * Headers on every response. The portal's pages carry their own script and style policy (hashes
 * computed by the static build, in a meta tag); the header adds what a meta tag cannot say.
 */
export const setSecurityHeaders = (response: ServerResponse, { admin }: { admin: boolean }) => {
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  // The admin previews documents in frames of its own; nothing else frames anything.
  response.setHeader('X-Frame-Options', admin ? 'SAMEORIGIN' : 'DENY')
  response.setHeader(
    'Content-Security-Policy',
    admin
      ? "frame-ancestors 'self'; object-src 'none'; base-uri 'self'"
      : "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  )
  if (settings().NODE_ENV === 'production' && (settings().SERVER_URL ?? '').startsWith('https://')) {
    response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  }
}

/** A refusal as JSON, in the same shape as the API's own errors. */
export const refuse = (
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  })
  response.end(JSON.stringify({ errors: [{ message }] }))
}
