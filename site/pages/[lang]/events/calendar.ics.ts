import type { APIRoute } from 'astro'

import type { LocaleCode } from '@cms/shared/locales'
import { portalContent, splitEvents } from '@site/lib/content'
import { calendarEvent } from '@site/lib/eventCalendar'
import { t } from '@site/lib/i18n'
import { icalendar } from '@site/lib/ical'
import { languagePaths } from '@site/lib/staticPaths'

export const getStaticPaths = languagePaths

/** Every upcoming event in one calendar to subscribe to. */
export const GET: APIRoute = async ({ props, site }) => {
  const { lang } = props as { lang: LocaleCode }
  const { upcoming } = splitEvents((await portalContent()).events)
  return new Response(icalendar(upcoming.map((event) => calendarEvent(event, lang, site!)), t(lang, 'events.title')), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
