import { readdirSync } from 'node:fs'

import { describe, expect, test } from 'vitest'

import { maxUploadBytes } from '../../../cms/contract/uploads'
import { maxJsonBytes } from '../../../cms/server/hardening/requestGuards'
import { rawHttp } from '../../helpers/rawHttp'
import { pdfOfSize, uploadForm } from '../../helpers/uploadForm'
import { withJwt, type HardeningContext } from './context'

export const describeBodyLimits = (context: HardeningContext) =>
  describe('body size limits', () => {
    const asEditor = () => withJwt(context.sessions.editor)

    /** Every file in the media folder and every media document: a refused upload changes neither. */
    const stored = async () => {
      const response = await fetch(`${context.base}/api/media?limit=1&depth=0`, { headers: asEditor() })
      const { totalDocs } = (await response.json()) as { totalDocs: number }
      return { files: readdirSync(context.mediaDir, { recursive: true }).map(String).sort(), totalDocs }
    }

    const upload = (file: Buffer, name: string) =>
      fetch(`${context.base}/api/media`, { method: 'POST', headers: asEditor(), body: uploadForm(file, name) })

    test('a file of exactly 20 MB is accepted', async () => {
      const response = await upload(pdfOfSize(maxUploadBytes), 'twenty-megabytes.pdf')
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: { id: number; filesize: number } }
      expect(doc.filesize).toBe(maxUploadBytes)
      const removed = await fetch(`${context.base}/api/media/${doc.id}`, { method: 'DELETE', headers: asEditor() })
      expect(removed.status).toBe(200)
    })

    test('a file one byte over 20 MB is sent in full and refused with 413; nothing is stored', async () => {
      const before = await stored()
      const response = await upload(pdfOfSize(maxUploadBytes + 1), 'too-large.pdf')
      expect(response.status).toBe(413)
      expect(await stored()).toEqual(before)
    })

    test('an upload declared well over 20 MB is refused with 413 at once, before its body is sent', async () => {
      const before = await stored()
      const { status, text } = await rawHttp({
        url: `${context.base}/api/media`,
        headers: { 'content-type': 'multipart/form-data; boundary=x', ...asEditor() },
        declared: maxUploadBytes + 1024 * 1024,
      })
      expect(status).toBe(413)
      expect(JSON.parse(text).errors[0].message).toMatch(/too large/)
      expect(await stored()).toEqual(before)
    })

    test('a JSON body over 1 MB is refused with 413 before it is read; one just under reaches the CMS', async () => {
      const over = await rawHttp({
        url: `${context.base}/api/courses`,
        headers: { 'content-type': 'application/json', ...asEditor() },
        declared: maxJsonBytes + 1,
      })
      expect(over.status).toBe(413)
      const courses = async () =>
        (
          (await (
            await fetch(`${context.base}/api/courses?limit=1&depth=0&draft=true`, { headers: asEditor() })
          ).json()) as { totalDocs: number }
        ).totalDocs
      const before = await courses()
      // Just under the limit the body reaches the CMS, whose own rules answer (a summary has at most 600 characters).
      const under = await fetch(`${context.base}/api/courses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asEditor() },
        body: JSON.stringify({
          title: 'Oversized',
          slug: `oversized-${Date.now()}`,
          summary: 'x'.repeat(maxJsonBytes - 200),
        }),
      })
      expect(under.status).toBe(400)
      expect(await courses()).toBe(before)
    })
  })
