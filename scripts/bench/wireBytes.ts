import type { Page, Request } from '@playwright/test'

/** One response as the browser received it: its size on the wire counts headers and the encoded body. */
export type WireResponse = { url: string; type: string; status: number; bytes: number; encoding: string }

/**
 * Records what a page and its workers (Pagefind searches in one) fetch, with the size Chromium's
 * network layer counts for each: `Network.loadingFinished`'s `encodedDataLength` — response headers
 * plus the body as sent, compressed or not, and 0 when the browser's cache answered without asking
 * the server. Playwright reads that event in the page's and each worker's DevTools session and
 * splits it into `responseHeadersSize` and `responseBodySize`; their sum is the number.
 */
export const recordWire = (page: Page) => {
  const pending: Promise<WireResponse>[] = []
  const measure = async (request: Request): Promise<WireResponse> => {
    const [response, sizes] = await Promise.all([request.response(), request.sizes()])
    return {
      url: request.url(),
      type: request.resourceType(),
      status: response?.status() ?? 0,
      bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      encoding: (await response?.allHeaders())?.['content-encoding'] ?? '',
    }
  }
  const onFinished = (request: Request) => void pending.push(measure(request))
  page.on('requestfinished', onFinished)
  return {
    /** What was received since the recording started. */
    responses: () => Promise.all(pending),
    stop: () => page.off('requestfinished', onFinished),
  }
}

/** Bytes on the wire, in all and by kind of resource (document, stylesheet, script, fetch…). */
export const wireTotals = (responses: WireResponse[]) => {
  const byType: Record<string, number> = {}
  for (const { type, bytes } of responses) byType[type] = (byType[type] ?? 0) + bytes
  return { total: responses.reduce((sum, { bytes }) => sum + bytes, 0), byType }
}
