import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib'

import { linkOrCopy } from './linkOrCopy'

/**
 * The compressed copies kept beside a file of a build (`page.html.br`, `page.html.gz`), by the name
 * of their encoding in `Content-Encoding`; the static server sends the best one a browser accepts.
 */
export const precompressedEncodings = { br: '.br', gzip: '.gz' } as const

/** A file's compressed copies, whether or not they exist. */
export const compressedSiblings = (file: string) => Object.values(precompressedEncodings).map((suffix) => file + suffix)

/**
 * Brotli's quality by format. The site's code, styles and search index are few files that every
 * visitor fetches: the best quality, whatever it costs once per build. Pages, feeds, calendars and
 * search excerpts come one or more per item — tens of thousands in a large library — and there the
 * best quality takes 35 times as long for a tenth fewer bytes (measured on the demo's pages), so they
 * get the quality servers use for compressing on the fly.
 */
const brotliQuality: Record<string, number> = {
  '.js': constants.BROTLI_MAX_QUALITY,
  '.mjs': constants.BROTLI_MAX_QUALITY,
  '.css': constants.BROTLI_MAX_QUALITY,
  '.json': constants.BROTLI_MAX_QUALITY,
  '.svg': constants.BROTLI_MAX_QUALITY,
  '.webmanifest': constants.BROTLI_MAX_QUALITY,
  '.pagefind': constants.BROTLI_MAX_QUALITY,
  '.pf_meta': constants.BROTLI_MAX_QUALITY,
  '.pf_index': constants.BROTLI_MAX_QUALITY,
  '.pf_filter': constants.BROTLI_MAX_QUALITY,
  '.html': 6,
  '.xml': 6,
  '.ics': 6,
  '.txt': 6,
  '.pf_fragment': 6,
}

/**
 * Pagefind writes its index, excerpts and WebAssembly gzipped, and its code takes them either way
 * (it checks for its own signature before unpacking): the gzip file itself is their `.gz` copy, and
 * Brotli of the unpacked data their `.br` copy. Nothing is compressed twice.
 */
const isGzipData = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Below this size a compressed copy saves less than its response headers weigh. */
const smallestWorthCompressing = 1024

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)
const gunzipped = promisify(gunzip)

type Totals = { compressed: number; reused: number; bytes: number; brotliBytes: number }

/** Writes a compressed copy only when it is smaller than what it stands for. */
const writeIfSmaller = async (file: string, data: Buffer, than: number) => {
  if (data.length < than) await writeFile(file, data)
  return Math.min(data.length, than)
}

const compressFile = async (file: string, original: Buffer, totals: Totals) => {
  const alreadyGzip = isGzipData(original)
  const text = alreadyGzip ? await gunzipped(original) : original
  const quality = brotliQuality[path.extname(file)]!
  const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: text.length }
  const [br, gz] = await Promise.all([
    brotli(text, { params }),
    alreadyGzip ? null : gzipped(text, { level: constants.Z_BEST_COMPRESSION }),
  ])
  totals.compressed += 1
  totals.bytes += original.length
  totals.brotliBytes += await writeIfSmaller(file + precompressedEncodings.br, br, original.length)
  if (gz) await writeIfSmaller(file + precompressedEncodings.gzip, gz, original.length)
  else await linkOrCopy(file, file + precompressedEncodings.gzip)
}

/**
 * An unchanged file keeps the compressed copies the previous build made of it (carried-over pages,
 * the site's code, most of the search index): linked, not compressed again.
 */
const reusePrevious = async (file: string, original: Buffer, previous: string) => {
  const before = await readFile(previous).catch(() => null)
  if (!before?.equals(original)) return false
  const siblings = compressedSiblings(previous)
  const present = await Promise.all(
    siblings.map((sibling) =>
      stat(sibling).then(
        () => true,
        () => false,
      ),
    ),
  )
  if (!present.some(Boolean)) return false
  await Promise.all(
    siblings.map((sibling, index) => present[index] && linkOrCopy(sibling, compressedSiblings(file)[index]!)),
  )
  return true
}

const precompressFile = async ({
  file,
  buildDir,
  previousDir,
  totals,
}: {
  file: string
  buildDir: string
  previousDir: string | null
  totals: Totals
}) => {
  const original = await readFile(file)
  if (previousDir && (await reusePrevious(file, original, path.join(previousDir, path.relative(buildDir, file)))))
    totals.reused += 1
  else await compressFile(file, original, totals)
}

/** The files of a build worth compressing: of a format above, not tiny, without compressed copies yet. */
const filesToCompress = async (buildDir: string) => {
  const entries = await readdir(buildDir, { withFileTypes: true, recursive: true })
  const names = new Set(
    entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
  )
  const wanted = [...names].filter(
    (file) => path.extname(file) in brotliQuality && !compressedSiblings(file).some((sibling) => names.has(sibling)),
  )
  const sizes = await Promise.all(wanted.map(async (file) => (await stat(file)).size))
  return wanted.filter((_, index) => sizes[index]! >= smallestWorthCompressing)
}

/**
 * Gives every text file of a build its Brotli and gzip copies before the build goes live, reusing
 * the previous build's copies of unchanged files. zlib works on Node's thread pool, so a few files
 * at a time keep every core busy.
 */
export const precompressBuild = async ({ buildDir, previousDir }: { buildDir: string; previousDir: string | null }) => {
  const files = await filesToCompress(buildDir)
  const totals: Totals = { compressed: 0, reused: 0, bytes: 0, brotliBytes: 0 }
  let next = 0
  const worker = async () => {
    while (next < files.length) await precompressFile({ file: files[next++]!, buildDir, previousDir, totals })
  }
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker))
  return totals
}
