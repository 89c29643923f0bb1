import { createReadStream, existsSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'

import { isLocaleCode } from '../contract/locales'

/** Answers a path the portal does not have with the 404 page in the language of the URL. */
export const notFoundPage = (portalDir: string) => (url: string, response: ServerResponse) => {
  const first = url.split('/')[1] ?? ''
  const lang = isLocaleCode(first) ? first : 'en'
  const page = path.join(portalDir, lang, '404', 'index.html')
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
  if (existsSync(page)) createReadStream(page).pipe(response)
  else
    response.end(
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/admin">Admin</a></p></html>',
    )
}
