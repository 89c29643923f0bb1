import type { APIRoute } from 'astro'

import { icalendar } from '@contract/icalendar'
import type { LocaleCode } from '@contract/locales'
import { portalContent } from '@site/lib/content'
import { calendarEvent } from '@site/lib/eventCalendar'
import { textIn } from '@site/lib/localized'
import { itemPaths } from '@site/lib/staticPaths'
import type { EventEntry } from '@contract/snapshotSchema'

export const getStaticPaths = async () =>
  itemPaths('events', (await portalContent()).events, (event) => ({ event: event.id }))

export const GET: APIRoute = ({ props, site }) => {
  const { lang, item: event } = props as { lang: LocaleCode; item: EventEntry }
  return new Response(
    icalendar({ name: textIn(event.title, lang), product: 'Events', events: [calendarEvent(event, lang, site!)] }),
    {
      headers: { 'content-type': 'text/calendar; charset=utf-8' },
    },
  )
}
