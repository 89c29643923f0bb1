import { idsOf, published, type SeedContext } from './context'
import { byLocale, mapLocales, upsert } from './upsert'
import { zonedDateTime } from './zonedTime'

/** Event dates are relative to the day the seed runs, so upcoming demo events stay upcoming. */
export const seedEvents = async ({ payload, content, markdown, ids }: SeedContext) => {
  for (const event of content.events) {
    const startsAt = zonedDateTime({ days: event.startInDays, time: event.startTime, timeZone: event.timeZone })
    const endsAt = new Date(startsAt.getTime() + event.durationMinutes * 60_000)
    const { english, translations } = byLocale({
      title: event.title,
      summary: event.summary,
      body: mapLocales(event.body, markdown),
    })
    await upsert({
      payload,
      collection: 'events',
      where: { slug: { equals: event.slug } },
      data: {
        ...published,
        slug: event.slug,
        type: event.type,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: event.timeZone,
        online: event.online,
        location: event.location ?? null,
        capacity: event.capacity ?? null,
        speakers: idsOf(ids.experts, event.speakers),
        community: event.community ? ids.communities.get(event.community) : null,
        joinUrl: event.joinUrl ?? null,
        recordingUrl: event.recordingUrl ?? null,
        themes: idsOf(ids.themes, event.themes),
        ...english,
      },
      translations,
    })
  }
}
