import type { APIRoute } from 'astro'

import { locales, type LocaleCode } from '@cms/shared/locales'
import { portalContent } from '@site/lib/content'
import { calendarEvent } from '@site/lib/eventCalendar'
import { icalendar } from '@site/lib/ical'
import { textIn } from '@site/lib/localized'
import type { EventEntry } from '@site/snapshot-schema'

export const getStaticPaths = async () => {
  const { events } = await portalContent()
  return locales.flatMap(({ code }) => events.map((event) => ({ params: { lang: code, event: event.id }, props: { lang: code, event } })))
}

export const GET: APIRoute = ({ props, site }) => {
  const { lang, event } = props as { lang: LocaleCode; event: EventEntry }
  return new Response(icalendar([calendarEvent(event, lang, site!)], textIn(event.title, lang)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  })
}
