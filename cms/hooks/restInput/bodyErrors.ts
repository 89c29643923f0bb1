import { quote } from './quote'
import { unstorableJsonError } from './unstorableText'

/** A request refused before Payload sees it: the status and the words that say why. */
export type Refusal = { status: 400 | 404 | 415; message: string }

/** How a request body is encoded, told from its Content-Type the way Payload tells it. */
export type BodyEncoding = 'json' | 'multipart' | 'form' | 'other'

const utf8 = /^"?utf-?8"?$/i

export const bodyEncodingOf = (contentType: string | null): BodyEncoding => {
  const [mediaType = '', ...parameters] = (contentType ?? '').split(';')
  // Payload reads JSON only when the media type is spelled exactly so (see addDataAndFileToRequest).
  if (mediaType === 'application/json') {
    const charset = parameters
      .map((parameter) => parameter.trim().split('='))
      .find(([name]) => name?.toLowerCase() === 'charset')
    return !charset || utf8.test(charset[1] ?? '') ? 'json' : 'other'
  }
  if (mediaType.trim().toLowerCase() === 'multipart/form-data' && contentType?.includes('multipart/'))
    return 'multipart'
  // The admin's relationship fields send a query as a form (POST with X-Payload-HTTP-Method-Override: GET).
  if (contentType === 'application/x-www-form-urlencoded') return 'form'
  return 'other'
}

/** Why a body in this encoding is not taken, or null when it is. */
export const encodingRefusal = ({
  encoding,
  contentType,
  queryInBody,
}: {
  encoding: BodyEncoding
  contentType: string | null
  queryInBody: boolean
}): Refusal | null => {
  if (queryInBody) {
    return encoding === 'form'
      ? null
      : {
          status: 415,
          message:
            'A query sent with X-Payload-HTTP-Method-Override: GET must be the body, ' +
            'as application/x-www-form-urlencoded.',
        }
  }
  if (encoding === 'json' || encoding === 'multipart') return null
  return {
    status: 415,
    message:
      'Send the request body as application/json (UTF-8), or as multipart/form-data with the document as JSON ' +
      `in its _payload field; it came as ${quote(contentType ?? 'no content type')}.`,
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value)

/** The JSON documents a request may carry: its body, or the _payload field of a multipart body. */
const documentNames = { body: 'The body', _payload: 'The _payload field' } as const

/** Why a JSON document cannot be taken, or null. */
export const jsonTextRefusal = (text: string, path: keyof typeof documentNames): Refusal | null => {
  const what = documentNames[path]
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { status: 400, message: `${what} is not valid JSON.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      status: 400,
      message: `${what} must be a JSON object ({…}), not ${kindOf(value)}.`,
    }
  }
  const problem = unstorableJsonError(value, path)
  return problem ? { status: 400, message: `${problem}.` } : null
}

/** Why a JSON request body cannot be taken (not UTF-8, not JSON, not an object, unstorable text), or null. */
export const jsonBodyRefusal = (bytes: Uint8Array): Refusal | null => {
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return { status: 400, message: 'The body is not valid UTF-8 text; JSON must be sent as UTF-8.' }
  }
  return jsonTextRefusal(text, 'body')
}

const crlfcrlf = Buffer.from('\r\n\r\n')

/**
 * Why the text fields of a multipart body (not its files) cannot be taken: bytes that are not
 * UTF-8, which a form parser would quietly turn into replacement characters. Null when all is well.
 */
export const multipartTextRefusal = (bytes: Uint8Array, contentType: string): Refusal | null => {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return { status: 400, message: 'The multipart/form-data body has no boundary.' }
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  for (let start = body.indexOf(delimiter); start !== -1;) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next === -1) break
    const part = body.subarray(start + delimiter.length, next)
    const headerEnd = part.indexOf(crlfcrlf)
    const headers = headerEnd === -1 ? '' : part.subarray(0, headerEnd).toString('latin1')
    if (headerEnd !== -1 && !/filename\*?=/i.test(headers)) {
      try {
        // The part's content ends before the CRLF that precedes the next delimiter.
        strictUtf8.decode(
          part.subarray(headerEnd + crlfcrlf.length, Math.max(headerEnd + crlfcrlf.length, part.length - 2)),
        )
      } catch {
        const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ''
        return { status: 400, message: `The multipart field ${quote(name)} is not valid UTF-8 text.` }
      }
    }
    start = next
  }
  return null
}
