import type { PayloadRequest } from 'payload'

/**
 * The header in which the platform's server hands the client's address to the CMS (it always
 * overwrites what a client sent; see the server's request guards). Behind a trusted proxy it is
 * the address the proxy appended.
 */
export const clientAddressHeader = 'x-client-address'

/** The address a request came from, for the limits counted per address. */
export const clientAddressOf = (req: PayloadRequest): string => req.headers.get(clientAddressHeader) ?? 'unknown'
