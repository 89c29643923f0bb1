import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { precompressBuild } from '../../cms/publishing/precompress'

/** Two builds made one after the other, the second with one page changed and one added. */
const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-precompress-'))
const first = path.join(scratch, '1')
const second = path.join(scratch, '2')
const page = (text: string) => `<!doctype html><html><p>${`${text} `.repeat(200)}</p></html>`
const searchIndex = gzipSync(Buffer.from(`pagefind_dcd${randomBytes(2000).toString('hex')}`))

const write = (dir: string, files: Record<string, string | Buffer>) => {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
}
const inode = (file: string) => statSync(file).ino

let firstRun: Awaited<ReturnType<typeof precompressBuild>>
let secondRun: Awaited<ReturnType<typeof precompressBuild>>

beforeAll(async () => {
  const shared = {
    'en/unchanged/index.html': page('unchanged'),
    'robots.txt': 'User-agent: *\n',
    'media/photo.png': Buffer.alloc(5000, 1),
    'pagefind/index/en_1a2b3c4.pf_index': searchIndex,
  }
  write(first, { ...shared, 'en/changed/index.html': page('before') })
  firstRun = await precompressBuild({ buildDir: first, previousDir: null })
  write(second, { ...shared, 'en/changed/index.html': page('after'), 'en/added/index.html': page('added') })
  secondRun = await precompressBuild({ buildDir: second, previousDir: first })
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('every text file gets a Brotli and a gzip copy', () => {
  test('both decode to the file, and are smaller than it', () => {
    const file = path.join(first, 'en/changed/index.html')
    const original = readFileSync(file)
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original)).toBe(true)
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original)).toBe(true)
    expect(statSync(`${file}.br`).size).toBeLessThan(statSync(`${file}.gz`).size)
  })

  test('tiny files and images are left alone', () => {
    for (const file of ['robots.txt', 'media/photo.png']) {
      expect(existsSync(path.join(first, `${file}.br`)), file).toBe(false)
      expect(existsSync(path.join(first, `${file}.gz`)), file).toBe(false)
    }
  })

  test('Pagefind’s gzipped index keeps its gzip as the .gz copy, and gets Brotli of what it holds', () => {
    const file = path.join(first, 'pagefind/index/en_1a2b3c4.pf_index')
    expect(inode(`${file}.gz`)).toBe(inode(file))
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toMatch(/^pagefind_dcd/)
  })
})

describe('the next build', () => {
  test('links the copies of unchanged files from the previous build instead of compressing them again', () => {
    for (const file of [
      'en/unchanged/index.html.br',
      'en/unchanged/index.html.gz',
      'pagefind/index/en_1a2b3c4.pf_index.br',
    ]) {
      expect(inode(path.join(second, file)), file).toBe(inode(path.join(first, file)))
    }
    expect(firstRun.compressed).toBe(3)
    expect(secondRun).toMatchObject({ compressed: 2, reused: 2 })
  })

  test('compresses changed and new files afresh', () => {
    const changed = path.join(second, 'en/changed/index.html')
    expect(brotliDecompressSync(readFileSync(`${changed}.br`)).toString()).toBe(page('after'))
    expect(gunzipSync(readFileSync(`${path.join(second, 'en/added/index.html')}.gz`)).toString()).toBe(page('added'))
  })

  test('leaves alone a file that already has its copies (a page carried over with them)', async () => {
    expect(await precompressBuild({ buildDir: second, previousDir: first })).toMatchObject({ compressed: 0, reused: 0 })
  })
})
