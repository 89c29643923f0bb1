import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
}

const resolveFile = async (root: string, urlPath: string): Promise<string | null> => {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const candidate = path.resolve(root, '.' + path.posix.normalize(decoded))
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  const info = await stat(candidate).catch(() => null)
  if (info?.isFile()) return candidate
  if (info?.isDirectory()) {
    const index = path.join(candidate, 'index.html')
    return (await stat(index).catch(() => null))?.isFile() ? index : null
  }
  return null
}

/** Serves the current static build; `notFound` answers what the build does not hold. */
export const serveStatic = async (
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  notFound: (response: ServerResponse) => void,
) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const file = await resolveFile(root, request.url ?? '/').catch(() => null)
  if (!file) return notFound(response)
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
  response.writeHead(200, { 'content-type': type, 'x-content-type-options': 'nosniff' })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(file).pipe(response)
}
