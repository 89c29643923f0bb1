import type { LocaleCode } from '@contract/locales'
import type { EventEntry } from '@contract/snapshotSchema'
import { t } from '@site/lib/i18n'
import { textIn } from '@site/lib/localized'
import { href } from '@contract/portalPaths'
import type { CalendarEvent } from '@contract/icalendar'

/** An event as a calendar entry in one language, linking back to its page. */
export const calendarEvent = (event: EventEntry, lang: LocaleCode, site: URL): CalendarEvent => ({
  uid: `${event.id}@${site.hostname}`,
  title: textIn(event.title, lang),
  description: textIn(event.summary, lang),
  url: new URL(href(lang, 'events', event.id), site).href,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  updatedAt: event.updatedAt,
  location: event.online ? t(lang, 'event.online') : textIn(event.location, lang),
})
