import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { pointLiveAt } from '../../cms/publishing/portalBuild'
import { precompressBuild } from '../../cms/publishing/precompress'
import { createPlatformServer } from '../../cms/server/platformServer'

/**
 * The live portal as `npm start` serves it: two small precompressed builds behind the live link, a
 * real HTTP server on 127.0.0.1 (the CMS stubbed), requests sent with exactly the headers a test
 * chooses.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-static-'))
const liveDir = path.join(scratch, 'portal')
const builds = { first: path.join(scratch, 'builds', '1'), second: path.join(scratch, 'builds', '2') }
const pageText = (build: string) =>
  `<!doctype html><html lang="en"><title>Home</title><p>${`The ${build} build of the home page. `.repeat(80)}</p></html>`
// Pagefind's excerpt files are gzip data that start, once unpacked, with its signature.
const fragment = gzipSync(
  Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(`{"content":"${randomBytes(1500).toString('hex')}"}`)]),
)
let server: Server
let origin = ''

const writeBuild = async (dir: string, name: string) => {
  const files: Record<string, string | Buffer> = {
    'en/index.html': pageText(name),
    'en/404/index.html': '<!doctype html><title>Not found</title><p>No such page.</p>',
    'fr/404/index.html': '<!doctype html><html lang="fr"><title>Introuvable</title><p>Page introuvable.</p>',
    '_astro/Page.Dk3f9xA1.css': `main { color: #222; }\n`.repeat(100),
    'pagefind/pagefind.js': `export const search = () => "${name}";\n`.repeat(60),
    'pagefind/fragment/en_5a1b2c3.pf_fragment': fragment,
    'media/logo.png': Buffer.alloc(3000, 7),
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  await precompressBuild({ buildDir: dir, previousDir: null })
}

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer }
const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(`${origin}${pathname}`, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    outgoing.on('error', reject)
    outgoing.end()
  })

beforeAll(async () => {
  await writeBuild(builds.first, 'first')
  await writeBuild(builds.second, 'second')
  writeFileSync(path.join(scratch, 'secret.txt'), 'not part of any build')
  await pointLiveAt(builds.first, liveDir)
  server = createPlatformServer({ liveDir, handleWithCms: (_request, response) => response.end('cms') })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(scratch, { recursive: true, force: true })
})

describe('the encoding follows Accept-Encoding', () => {
  test('Brotli when accepted, then gzip, else the file as it is; Vary on each', async () => {
    const brotli = await get('/en/', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).toString()).toBe(pageText('first'))
    const gzip = await get('/en/', { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(pageText('first'))
    const plain = await get('/en/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(pageText('first'))
    for (const answer of [brotli, gzip, plain]) {
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(answer.headers['content-type']).toBe('text/html;charset=utf-8')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
    }
    expect(brotli.body.length).toBeLessThan(gzip.body.length)
    expect(gzip.body.length).toBeLessThan(plain.body.length)
  })

  test('Pagefind’s gzipped files reach the browser unpacked or as they are, never compressed twice', async () => {
    const file = '/pagefind/fragment/en_5a1b2c3.pf_fragment'
    const brotli = await get(file, { 'accept-encoding': 'br' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).toString()).toMatch(/^pagefind_dcd/)
    const gzip = await get(file, { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toMatch(/^pagefind_dcd/)
    const plain = await get(file)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(fragment)).toBe(true)
  })
})

describe('caching', () => {
  test('files named after their content are cached for a year; everything else is revalidated', async () => {
    const forever = 'public, max-age=31536000, immutable'
    expect((await get('/_astro/Page.Dk3f9xA1.css')).headers['cache-control']).toBe(forever)
    expect((await get('/pagefind/fragment/en_5a1b2c3.pf_fragment')).headers['cache-control']).toBe(forever)
    for (const pathname of ['/en/', '/pagefind/pagefind.js', '/media/logo.png']) {
      const answer = await get(pathname, { 'accept-encoding': 'br' })
      expect(answer.status, pathname).toBe(200)
      expect(answer.headers['cache-control'], pathname).toBe('no-cache')
      expect(answer.headers.etag, pathname).toBeTruthy()
      expect(answer.headers['last-modified'], pathname).toBeTruthy()
    }
  })

  test('a browser revalidating with If-None-Match gets a bodiless 304 that keeps the caching headers', async () => {
    const first = await get('/en/', { 'accept-encoding': 'br' })
    const again = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['cache-control']).toBe('no-cache')
    expect(again.headers.vary).toBe('Accept-Encoding')
    expect(again.headers['x-content-type-options']).toBe('nosniff')
    const stale = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': 'W/"1-1"' })
    expect(stale.status).toBe(200)
  })

  test('a client revalidating by date alone (If-Modified-Since) gets a 304 while the file is unchanged', async () => {
    for (const pathname of ['/en/', '/pagefind/pagefind.js', '/media/logo.png']) {
      const first = await get(pathname, { 'accept-encoding': 'br' })
      const again = await get(pathname, {
        'accept-encoding': 'br',
        'if-modified-since': first.headers['last-modified']!,
      })
      expect(again.status, pathname).toBe(304)
      expect(again.body.length, pathname).toBe(0)
      expect(again.headers['cache-control'], pathname).toBe('no-cache')
      expect(again.headers.vary, pathname).toBe('Accept-Encoding')
    }
    const older = new Date(Date.parse((await get('/en/')).headers['last-modified']!) - 60_000).toUTCString()
    expect((await get('/en/', { 'if-modified-since': older })).status).toBe(200)
    // An ETag, when the client sends one, decides: this one is stale, whatever the date says.
    const future = new Date(Date.now() + 3_600_000).toUTCString()
    expect((await get('/en/', { 'if-modified-since': future, 'if-none-match': 'W/"1-1"' })).status).toBe(200)
    expect((await get('/fr/nowhere/', { 'if-modified-since': future })).status).toBe(404)
  })

  test('each encoding has its own ETag, so a cache never answers one with the other', async () => {
    const brotli = await get('/en/', { 'accept-encoding': 'br' })
    const plain = await get('/en/')
    expect(brotli.headers.etag).not.toBe(plain.headers.etag)
    expect((await get('/en/', { 'if-none-match': brotli.headers.etag! })).status).toBe(200)
  })
})

describe('requests', () => {
  test('HEAD answers the headers of GET without a body', async () => {
    const full = await get('/en/', { 'accept-encoding': 'gzip' })
    const head = await get('/en/', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(full.headers['content-length'])
    expect(head.headers.etag).toBe(full.headers.etag)
  })

  test('a byte range is answered with 206 and just those bytes; one past the end with 416', async () => {
    const part = await get('/media/logo.png', { range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe('bytes 100-199/3000')
    expect(part.body.length).toBe(100)
    expect((await get('/media/logo.png', { range: 'bytes=5000-' })).status).toBe(416)
  })

  test('other methods are refused with 405', async () => {
    const answer = await get('/en/', {}, 'POST')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })

  test('a missing page is the 404 page in the language of its URL, never cached for long', async () => {
    const answer = await get('/fr/nowhere/', { 'accept-encoding': 'br' })
    expect(answer.status).toBe(404)
    expect(answer.body.toString()).toContain('Page introuvable')
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect((await get('/_astro/Missing.Zz9.css')).headers['cache-control']).toBe('no-cache')
  })

  test.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/en/%2e%2e/%2e%2e/secret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('no path leaves the build: %s', async (pathname) => {
    const answer = await get(pathname)
    expect(answer.status).toBe(404)
    expect(answer.body.toString()).not.toContain('not part of any build')
  })
})

test('a new build is served from the next request on, when the live link is swapped', async () => {
  const before = await get('/en/', { 'accept-encoding': 'br' })
  expect(brotliDecompressSync(before.body).toString()).toContain('The first build')
  await pointLiveAt(builds.second, liveDir)
  try {
    const after = await get('/en/', { 'accept-encoding': 'br', 'if-none-match': before.headers.etag! })
    expect(after.status).toBe(200)
    expect(brotliDecompressSync(after.body).toString()).toContain('The second build')
  } finally {
    await pointLiveAt(builds.first, liveDir)
  }
})
