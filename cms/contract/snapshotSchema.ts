import { z } from 'zod'

/**
 * The snapshot contract: what the CMS exports for the public portal, one JSON file per
 * collection. The exporter (cms/snapshot) writes these shapes; the portal's content loaders
 * validate them, so a CMS change that breaks the portal fails the build.
 */

/** A text in the languages it exists in; English always, the rest fall back to it. */
export const localized = z.object({
  en: z.string(),
  fr: z.string().optional(),
  es: z.string().optional(),
  ar: z.string().optional(),
  ru: z.string().optional(),
  zh: z.string().optional(),
})

const slug = z.string().regex(/^[a-z0-9-]+$/)
const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO date')
const language = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh'])

export const themeEntry = z.object({ id: slug, name: localized, description: localized.optional() })

export const courseEntry = z.object({
  id: slug,
  title: localized,
  summary: localized,
  /** Sanitised HTML rendered from rich text, per language. */
  bodyHtml: localized.optional(),
  themes: z.array(slug),
  format: z.enum(['self-paced', 'instructor-led']),
  access: z.enum(['open', 'closed']),
  level: z.string().nullable(),
  durationHours: z.number().nullable(),
  languages: z.array(language),
  /** Slugs of the experts who teach it (consented profiles only). */
  instructors: z.array(slug),
  community: slug.nullable(),
  cohorts: z.array(z.object({ name: localized, startDate: isoDate, endDate: isoDate, capacity: z.number() })),
  /** The syllabus; lesson slugs are listed only for open courses. */
  modules: z.array(z.object({ title: localized, lessons: z.array(slug), lessonCount: z.number() })),
  updatedAt: isoDate,
})

export const lessonEntry = z.object({
  /** `{course}/{lesson}` */
  id: z.string(),
  course: slug,
  slug,
  title: localized,
  bodyHtml: localized.optional(),
  durationMinutes: z.number().nullable(),
  updatedAt: isoDate,
})

export const resourceEntry = z.object({
  id: slug,
  title: localized,
  summary: localized,
  bodyHtml: localized.optional(),
  type: z.string(),
  themes: z.array(slug),
  languages: z.array(language),
  publisher: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  licence: z.string().nullable(),
  url: z.string().nullable(),
  /** Path of the downloadable file inside the portal build, e.g. /media/guide.pdf. */
  file: z.object({ path: z.string(), filename: z.string(), mimeType: z.string(), bytes: z.number() }).nullable(),
  updatedAt: isoDate,
})

export const eventEntry = z.object({
  id: slug,
  title: localized,
  summary: localized,
  bodyHtml: localized.optional(),
  type: z.string(),
  themes: z.array(slug),
  startsAt: isoDate,
  endsAt: isoDate,
  timeZone: z.string(),
  online: z.boolean(),
  location: localized.nullable(),
  capacity: z.number().nullable(),
  speakers: z.array(slug),
  community: slug.nullable(),
  recordingUrl: z.string().nullable(),
  updatedAt: isoDate,
})

export const expertEntry = z.object({
  id: slug,
  name: z.string(),
  headline: localized,
  organisation: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  themes: z.array(slug),
  languages: z.array(language),
  bioHtml: localized.optional(),
  updatedAt: isoDate,
})

export const communityEntry = z.object({
  id: slug,
  name: localized,
  summary: localized,
  descriptionHtml: localized.optional(),
  theme: slug.nullable(),
  /** Moderators who are named publicly, as slugs of their (consented) expert profiles. */
  moderators: z.array(slug),
  updatedAt: isoDate,
})

export const siteSettingsEntry = z.object({
  id: z.literal('site'),
  siteName: localized,
  tagline: localized,
  featuredCourses: z.array(slug),
})

export type Localized = z.infer<typeof localized>
export type ThemeEntry = z.infer<typeof themeEntry>
export type CourseEntry = z.infer<typeof courseEntry>
export type LessonEntry = z.infer<typeof lessonEntry>
export type ResourceEntry = z.infer<typeof resourceEntry>
export type EventEntry = z.infer<typeof eventEntry>
export type ExpertEntry = z.infer<typeof expertEntry>
export type CommunityEntry = z.infer<typeof communityEntry>
export type SiteSettingsEntry = z.infer<typeof siteSettingsEntry>

/** Snapshot file name → entry schema. */
export const snapshotFiles = {
  themes: themeEntry,
  courses: courseEntry,
  lessons: lessonEntry,
  resources: resourceEntry,
  events: eventEntry,
  experts: expertEntry,
  communities: communityEntry,
  settings: siteSettingsEntry,
} as const

export type SnapshotName = keyof typeof snapshotFiles
