import { minimalPdf } from '../../cms/seed/minimalPdf'

const pdfHeader = '%PDF-1.4\n'

/** A PDF with a comment line of `padding` bytes after its header; every offset the file records moves with it. */
const paddedPdf = (pdf: string, padding: number) =>
  pdfHeader +
  `%${'x'.repeat(padding - 2)}\n` +
  pdf
    .slice(pdfHeader.length)
    .replace(
      /^(\d{10}) 00000 n $/gm,
      (_, offset: string) => `${String(Number(offset) + padding).padStart(10, '0')} 00000 n `,
    )
    .replace(/startxref\n(\d+)/, (_, offset: string) => `startxref\n${Number(offset) + padding}`)

/** A valid PDF of exactly `bytes` bytes (the upload checks read its header, cross-reference table and end marker). */
export const pdfOfSize = (bytes: number) => {
  const pdf = minimalPdf({
    title: 'Padded report',
    paragraphs: ['A comment line makes this file as large as a test needs.'],
  }).toString('latin1')
  let padding = bytes - pdf.length
  // The shifted offsets may take a digit more; a second pass settles the length.
  for (let pass = 0; pass < 3 && paddedPdf(pdf, padding).length !== bytes; pass++)
    padding += bytes - paddedPdf(pdf, padding).length
  const file = Buffer.from(paddedPdf(pdf, padding), 'latin1')
  if (file.length !== bytes) throw new Error(`could not make a PDF of ${bytes} bytes (made ${file.length})`)
  return file
}

/** The multipart form the admin sends to create a media document: the file and its fields. */
export const uploadForm = (
  file: Buffer,
  name: string,
  fields: Record<string, unknown> = { alt: name, visibility: 'public' },
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
