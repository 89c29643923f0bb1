import { emailText } from '../../../email/emailText'
import type { Event } from '../../../payload-types'
import { icalendar } from '../../../contract/icalendar'
import type { LocaleCode } from '../../../contract/locales'
import { href } from '../../../contract/portalPaths'

type RegisteredEvent = Pick<
  Event,
  'id' | 'slug' | 'title' | 'startsAt' | 'endsAt' | 'summary' | 'joinUrl' | 'updatedAt'
>

/**
 * A person's calendar: one entry per event she registered for, linking to its page in her language,
 * with the join link in the location and description.
 */
export const myEventsCalendar = ({
  events,
  serverUrl,
  lang,
}: {
  events: RegisteredEvent[]
  serverUrl: string
  lang: LocaleCode
}) => {
  const host = new URL(serverUrl).hostname
  return icalendar({
    name: emailText(lang, 'email.myEventsCalendar'),
    product: 'My events',
    events: events.map((event) => ({
      uid: `registration-${event.id}@${host}`,
      title: event.title,
      description: [event.summary ?? '', event.joinUrl ?? ''].filter(Boolean).join('\n'),
      url: new URL(href(lang, 'events', event.slug), serverUrl).href,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      updatedAt: event.updatedAt,
      location: event.joinUrl ?? undefined,
    })),
  })
}
