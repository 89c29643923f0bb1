/**
 * The `compression` middleware works on Node's own request and response (it patches the response's
 * write, end and headers); typed here for them rather than through Express's types, which this
 * server does not use.
 */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  import type { BrotliOptions, ZlibOptions } from 'node:zlib'

  type Options = ZlibOptions & {
    threshold?: number | string
    filter?: (request: IncomingMessage, response: ServerResponse) => boolean
    brotli?: BrotliOptions
  }
  const compression: (
    options?: Options,
  ) => (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void
  export default compression
}
