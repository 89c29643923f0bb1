import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access/userRoles'
import { isLocaleCode } from '../../contract/locales'
import type { DraftForPreview } from '../../snapshot/exportPublicSnapshot'
import { renderPreview } from './renderPreview'
import { problem } from '../../http/problem'
import { routeParam } from '../../http/routeParam'

/**
 * GET /api/{collection}/{id}/preview?locale=fr — the latest draft's page, rendered on demand for
 * editors and admins (the admin's Preview button opens it). Never cached, never indexed.
 */
export const previewEndpoint = (collection: DraftForPreview['collection']): Endpoint => ({
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    // Checked first: with an unknown locale the session cannot even be read.
    const lang = req.searchParams.get('locale') ?? 'en'
    if (!isLocaleCode(lang)) return problem(400, `Unknown locale "${lang}".`)
    if (!isStaffUser(req.user)) return problem(403, 'Only editors and admins can preview drafts.')
    const id = routeParam(req, 'id')
    const doc = await req.payload
      .findByID({ collection, id, draft: true, locale: 'all', depth: 0, overrideAccess: false, user: req.user })
      .catch(() => null)
    if (!doc) return problem(404, `No ${collection} document with id ${id}.`)
    try {
      const html = await renderPreview({ payload: req.payload, draft: { collection, doc }, lang })
      return new Response(html, {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'x-robots-tag': 'noindex, nofollow',
        },
      })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `preview of ${collection} ${id} failed` })
      return problem(500, 'The preview could not be built; the error is in the server log.')
    }
  },
})

/** The admin's Preview button: the endpoint above, in the language being edited. */
export const previewUrl =
  (collection: DraftForPreview['collection']) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }) =>
    doc?.id ? `/api/${collection}/${doc.id}/preview?locale=${encodeURIComponent(locale)}` : null
