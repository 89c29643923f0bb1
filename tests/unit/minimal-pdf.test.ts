import { describe, expect, test } from 'vitest'

import { minimalPdf } from '../../cms/seed/minimalPdf'

describe('minimalPdf', () => {
  const pdf = minimalPdf({ title: 'Guide (2026) — résumé', paragraphs: ['First paragraph with a backslash \\ inside.', 'Second.'] })
  const text = pdf.toString('latin1')

  test('is a PDF whose cross-reference table points at each object', () => {
    expect(text.startsWith('%PDF-1.4')).toBe(true)
    const xrefAt = Number(text.match(/startxref\n(\d+)/)?.[1])
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref')
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, index) => expect(text.slice(offset)).toMatch(new RegExp(`^${index + 1} 0 obj`)))
  })

  test('escapes parentheses and backslashes and keeps Latin letters', () => {
    expect(text).toContain('(Guide \\(2026\\) - resume) Tj')
    expect(text).toContain('backslash \\\\ inside.')
  })
})
