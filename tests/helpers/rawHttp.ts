import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'

/**
 * A request with the framing fetch() does not let a test choose: `body` sent under
 * Transfer-Encoding: chunked (`chunked: true`), or a Content-Length `declared` and no body sent —
 * what a server that refuses by the declared length answers before reading anything.
 */
export const rawHttp = ({
  url,
  method = 'POST',
  headers = {},
  body,
  chunked = false,
  declared,
}: {
  url: string
  method?: string
  headers?: OutgoingHttpHeaders
  body?: string
  chunked?: boolean
  declared?: number
}) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const framing =
      declared !== undefined ? { 'content-length': declared } : chunked ? { 'transfer-encoding': 'chunked' } : {}
    const outgoing = httpRequest(url, { method, headers: { ...headers, ...framing } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
    })
    outgoing.on('error', reject)
    if (declared !== undefined) outgoing.flushHeaders()
    else outgoing.end(body)
  })
