import type {
  CommunityEntry,
  CourseEntry,
  EventEntry,
  ExpertEntry,
  LessonEntry,
  ResourceEntry,
  ThemeEntry,
} from '../contract/snapshotSchema'
import { localizedHtml, localizedText, optionalText } from './localized'
import { relationId } from '../lib/relationId'

/* eslint-disable @typescript-eslint/no-explicit-any -- documents read with locale 'all' have per-language objects where the generated types say strings */
type Doc = Record<string, any>
type Id = number | string

/** Id → slug of every public document of a kind; references to anything not public are dropped. */
export type SlugMaps = {
  themes: Map<Id, string>
  experts: Map<Id, string>
  communities: Map<Id, string>
  courses: Map<Id, string>
  lessons: Map<Id, string>
}

/** Translates references to slugs, leaving out what the public may not see. */
export const slugsOf = (map: Map<Id, string>, values: unknown): string[] =>
  (Array.isArray(values) ? values : [])
    .map((value) => map.get(relationId(value)))
    .filter((value): value is string => typeof value === 'string')

const slugOf = (map: Map<Id, string>, value: unknown) => (value ? (map.get(relationId(value)) ?? null) : null)

export const themeView = (doc: Doc): ThemeEntry => ({
  id: doc.slug,
  name: localizedText(doc.name),
  description: doc.description?.en ? localizedText(doc.description) : undefined,
})

export const courseView = (doc: Doc, maps: SlugMaps): CourseEntry => ({
  id: doc.slug,
  title: localizedText(doc.title),
  summary: localizedText(doc.summary),
  bodyHtml: localizedHtml(doc.body),
  themes: slugsOf(maps.themes, doc.themes),
  format: doc.format,
  access: doc.access,
  level: doc.level ?? null,
  durationHours: doc.durationHours ?? null,
  languages: doc.languages ?? [],
  instructors: slugsOf(maps.experts, doc.instructors),
  community: slugOf(maps.communities, doc.community),
  cohorts: (doc.cohorts ?? []).map((cohort: Doc) => ({
    name: localizedText(cohort.name),
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    capacity: cohort.capacity,
  })),
  modules: (doc.modules ?? []).map((module: Doc) => ({
    title: localizedText(module.title),
    lessons: doc.access === 'open' ? slugsOf(maps.lessons, module.lessons) : [],
    lessonCount: (module.lessons ?? []).length,
  })),
  updatedAt: doc.updatedAt,
})

export const lessonView = (doc: Doc, maps: SlugMaps): LessonEntry | null => {
  const course = slugOf(maps.courses, doc.course)
  if (!course) return null
  return {
    id: `${course}/${doc.slug}`,
    course,
    slug: doc.slug,
    title: localizedText(doc.title),
    bodyHtml: localizedHtml(doc.body),
    durationMinutes: doc.durationMinutes ?? null,
    updatedAt: doc.updatedAt,
  }
}

export const resourceView = (doc: Doc, maps: SlugMaps, file: ResourceEntry['file']): ResourceEntry => ({
  id: doc.slug,
  title: localizedText(doc.title),
  summary: localizedText(doc.summary),
  bodyHtml: localizedHtml(doc.body),
  type: doc.type,
  themes: slugsOf(maps.themes, doc.themes),
  languages: doc.languages ?? [],
  publisher: doc.publisher ?? null,
  publishedOn: doc.publishedOn ?? null,
  licence: doc.licence ?? null,
  url: doc.url ?? null,
  file,
  updatedAt: doc.updatedAt,
})

export const eventView = (doc: Doc, maps: SlugMaps): EventEntry => ({
  id: doc.slug,
  title: localizedText(doc.title),
  summary: localizedText(doc.summary),
  bodyHtml: localizedHtml(doc.body),
  type: doc.type,
  themes: slugsOf(maps.themes, doc.themes),
  startsAt: doc.startsAt,
  endsAt: doc.endsAt,
  timeZone: doc.timeZone,
  online: Boolean(doc.online),
  location: optionalText(doc.location),
  capacity: doc.capacity ?? null,
  speakers: slugsOf(maps.experts, doc.speakers),
  community: slugOf(maps.communities, doc.community),
  recordingUrl: doc.recordingUrl ?? null,
  updatedAt: doc.updatedAt,
})

export const expertView = (doc: Doc, maps: SlugMaps): ExpertEntry => ({
  id: doc.slug,
  name: doc.name,
  headline: localizedText(doc.headline),
  organisation: doc.organisation ?? null,
  region: doc.region ?? null,
  country: doc.country ?? null,
  themes: slugsOf(maps.themes, doc.themes),
  languages: doc.languages ?? [],
  bioHtml: localizedHtml(doc.bio),
  updatedAt: doc.updatedAt,
})

export const communityView = (doc: Doc, maps: SlugMaps): CommunityEntry => ({
  id: doc.slug,
  name: localizedText(doc.name),
  summary: localizedText(doc.summary),
  descriptionHtml: localizedHtml(doc.description),
  theme: slugOf(maps.themes, doc.theme),
  moderators: slugsOf(maps.experts, doc.moderatorProfiles),
  updatedAt: doc.updatedAt,
})
