import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, test } from 'vitest'

import { minimalPdf } from '../../cms/seed/minimalPdf'

/** The PDF as a reader sees it, read by PDF.js: its title, its number of pages and its text, line by line. */
const read = async (pdf: Buffer) => {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const { info } = await document.getMetadata()
  const page = await document.getPage(1)
  const { items } = await page.getTextContent()
  const lines = items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : []))
  return { title: (info as { Title?: string }).Title, pages: document.numPages, lines }
}

describe('minimalPdf', () => {
  test('is a PDF whose first line and document title are the title given', async () => {
    const pdf = minimalPdf({
      title: 'Guide (2026) — résumé',
      paragraphs: ['First paragraph with a backslash \\ inside.', 'Second.'],
    })
    const { title, pages, lines } = await read(pdf)
    expect(title).toBe('Guide (2026) — résumé')
    expect(pages).toBe(1)
    expect(lines).toEqual(['Guide (2026) — résumé', 'First paragraph with a backslash \\ inside.', 'Second.'])
  })

  test('wraps long paragraphs onto several lines and keeps every word', async () => {
    const paragraph = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')
    const { lines } = await read(minimalPdf({ title: 'Long', paragraphs: [paragraph] }))
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.slice(1).join(' ').split(/\s+/)).toEqual(paragraph.split(' '))
  })

  test('leaves out what the standard font cannot show instead of printing other letters', async () => {
    const { title, lines } = await read(minimalPdf({ title: 'Report تقرير 报告 Отчёт', paragraphs: ['Text'] }))
    expect(title).toBe('Report تقرير 报告 Отчёт')
    expect(lines[0].trim()).toBe('Report')
  })
})
