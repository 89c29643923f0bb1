/**
 * Origins allowed to make credentialed requests: the server's own (SERVER_URL) plus any listed in
 * TRUSTED_ORIGINS (comma-separated), e.g. the public hostname behind a reverse proxy.
 */
export const trustedOrigins = (): string[] => {
  const listed = (process.env.TRUSTED_ORIGINS ?? '').split(',').map((origin) => origin.trim())
  return [process.env.SERVER_URL ?? '', ...listed].filter((origin) => origin.length > 0)
}
