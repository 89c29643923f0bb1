import { ICalCalendar } from 'ical-generator'

/** One event of a calendar file, in one language. */
export type CalendarEvent = {
  uid: string
  title: string
  description: string
  url: string
  startsAt: string
  endsAt: string
  updatedAt: string
  location?: string
}

/**
 * An iCalendar file (RFC 5545, written by ical-generator: escaping, line folding) with one event
 * per entry, times in UTC so that every calendar shows them in its reader's zone. The one writer
 * of the format: the portal's calendars and a person's "my events" file.
 */
export const icalendar = ({ name, product, events }: { name: string; product: string; events: CalendarEvent[] }) => {
  const calendar = new ICalCalendar({ name, prodId: { company: 'Connect & Learn', product, language: 'EN' } })
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      stamp: new Date(event.updatedAt),
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: event.title,
      description: event.description,
      url: event.url,
      location: event.location || null,
    })
  }
  return calendar.toString()
}
