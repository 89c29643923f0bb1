import PDFDocument from 'pdfkit'

/**
 * What the standard fonts can show: their encoding (WinAnsi, PDF 2.0 annex D) covers Latin-1 and
 * a few typographic signs. Other characters would come out as unrelated glyphs.
 */
const outsideWinAnsi = /[^\s\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu
const showable = (text: string) => text.replace(outsideWinAnsi, '')

/**
 * A small PDF with the document's title and its text, for demo library files and tests. It uses
 * the standard Helvetica font, which needs no font file but shows Latin text only: characters it
 * has no glyph for are left out rather than printed as unrelated ones.
 */
export const minimalPdf = ({ title, paragraphs }: { title: string; paragraphs: string[] }): Buffer => {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } })
  doc.font('Helvetica-Bold').fontSize(16).text(showable(title))
  doc.moveDown()
  doc.font('Helvetica').fontSize(10)
  for (const paragraph of paragraphs) doc.text(showable(paragraph), { paragraphGap: 8 })
  // PDFKit writes the whole file into its stream's buffer as the document ends, so it can be
  // read at once; callers get a Buffer, not a stream or a promise.
  doc.end()
  const pdf: unknown = doc.read()
  if (!Buffer.isBuffer(pdf) || !pdf.subarray(-8).toString('latin1').includes('%%EOF'))
    throw new Error('PDFKit did not finish the PDF at once')
  return pdf
}
