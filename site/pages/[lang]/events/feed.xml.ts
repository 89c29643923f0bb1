import type { APIRoute } from 'astro'

import type { LocaleCode } from '@contract/locales'
import { portalContent } from '@site/lib/content'
import { t } from '@site/lib/i18n'
import { textIn } from '@site/lib/localized'
import { href } from '@contract/portalPaths'
import { rssFeed } from '@site/lib/rss'
import { languagePaths } from '@site/lib/staticPaths'

export const getStaticPaths = languagePaths

export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: LocaleCode }
  const { events } = await portalContent()
  const items = [...events].reverse().map((event) => ({
    title: textIn(event.title, lang),
    link: new URL(href(lang, 'events', event.id), site).href,
    guid: `event:${event.id}`,
    date: event.startsAt,
    description: textIn(event.summary, lang),
  }))
  const body = rssFeed({
    title: `${t(lang, 'site.name')} · ${t(lang, 'events.title')}`,
    link: new URL(href(lang, 'events'), site).href,
    description: t(lang, 'events.title'),
    lang,
    items,
  })
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
