import { getCollection, type CollectionKey } from 'astro:content'

import type {
  CommunityEntry,
  CourseEntry,
  EventEntry,
  ExpertEntry,
  LessonEntry,
  ResourceEntry,
  SiteSettingsEntry,
  ThemeEntry,
} from '@contract/snapshotSchema'

const dataOf = async <T>(name: CollectionKey) => (await getCollection(name)).map((entry) => entry.data as T)

/** The whole public snapshot, loaded once per build, with lookups by slug. */
const load = async () => {
  const [themes, courses, lessons, resources, events, experts, communities, settings] = await Promise.all([
    dataOf<ThemeEntry>('themes'),
    dataOf<CourseEntry>('courses'),
    dataOf<LessonEntry>('lessons'),
    dataOf<ResourceEntry>('resources'),
    dataOf<EventEntry>('events'),
    dataOf<ExpertEntry>('experts'),
    dataOf<CommunityEntry>('communities'),
    dataOf<SiteSettingsEntry>('settings'),
  ])
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
  return {
    themes,
    courses,
    lessons,
    resources: [...resources].sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '')),
    events: [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    experts: [...experts].sort((a, b) => a.name.localeCompare(b.name)),
    communities,
    settings: settings[0],
    theme: byId(themes),
    course: byId(courses),
    lesson: byId(lessons),
    expert: byId(experts),
    community: byId(communities),
  }
}

let cached: ReturnType<typeof load> | undefined

export const portalContent = () => (cached ??= load())

export type PortalContent = Awaited<ReturnType<typeof load>>

/** Events still to come at build time, soonest first; past ones, latest first. */
export const splitEvents = (events: EventEntry[], now = new Date()) => ({
  upcoming: events.filter((event) => new Date(event.endsAt) >= now),
  past: events.filter((event) => new Date(event.endsAt) < now).reverse(),
})
