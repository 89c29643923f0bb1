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
  const { resources } = await portalContent()
  const items = resources.map((resource) => ({
    title: textIn(resource.title, lang),
    link: new URL(href(lang, 'library', resource.id), site).href,
    guid: `resource:${resource.id}`,
    date: resource.publishedOn ?? resource.updatedAt,
    description: textIn(resource.summary, lang),
  }))
  const body = rssFeed({
    title: `${t(lang, 'site.name')} · ${t(lang, 'library.title')}`,
    link: new URL(href(lang, 'library'), site).href,
    description: t(lang, 'library.intro'),
    lang,
    items,
  })
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
