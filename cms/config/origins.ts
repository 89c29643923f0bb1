import { settings } from './settings'

/**
 * Origins allowed to make credentialed requests: the server's own (SERVER_URL) plus any listed in
 * TRUSTED_ORIGINS (comma-separated), e.g. the public hostname behind a reverse proxy.
 */
export const trustedOrigins = (): string[] => {
  const { SERVER_URL, TRUSTED_ORIGINS } = settings()
  const listed = TRUSTED_ORIGINS.split(',').map((origin) => origin.trim())
  return [SERVER_URL ?? '', ...listed].filter((origin) => origin.length > 0)
}
