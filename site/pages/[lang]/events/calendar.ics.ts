import type { APIRoute } from 'astro'

import { icalendar } from '@contract/icalendar'
import type { LocaleCode } from '@contract/locales'
import { portalContent, splitEvents } from '@site/lib/content'
import { calendarEvent } from '@site/lib/eventCalendar'
import { t } from '@site/lib/i18n'
import { languagePaths } from '@site/lib/staticPaths'

export const getStaticPaths = languagePaths

/** Every upcoming event in one calendar to subscribe to. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: LocaleCode }
  const { upcoming } = splitEvents((await portalContent()).events)
  const events = upcoming.map((event) => calendarEvent(event, lang, site!))
  return new Response(icalendar({ name: t(lang, 'events.title'), product: 'Events', events }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
