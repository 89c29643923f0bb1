import { z } from 'zod'

import { roles, sectors, genders } from '../contract/roles'
import {
  courseAccess,
  courseFormats,
  courseLevels,
  eventTypes,
  licences,
  resourceTypes,
} from '../contract/vocabularies'
import { localeCodes } from '../contract/locales'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug')

/** Text in every language: titles, names and summaries must be translated everywhere. */
export const textAll = z.object({
  en: z.string().min(1),
  fr: z.string().min(1),
  es: z.string().min(1),
  ar: z.string().min(1),
  ru: z.string().min(1),
  zh: z.string().min(1),
})

/** Text in English and any other languages it has been translated into (the rest falls back). */
export const textSome = z.object({
  en: z.string().min(1),
  fr: z.string().min(1).optional(),
  es: z.string().min(1).optional(),
  ar: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
})

const language = z.enum(localeCodes)

export const themeSchema = z.object({ slug, name: textAll, description: textAll })

export const userSchema = z.object({
  /** Stable key other content files use to refer to this person. */
  key: slug,
  name: z.string().min(1),
  email: z.email(),
  roles: z.array(z.enum(roles)).min(1),
  organisation: z.string().optional(),
  sector: z.enum(sectors),
  country: z.string().length(2),
  preferredLanguage: language,
  gender: z.enum(genders).optional(),
})

export const expertSchema = z.object({
  slug,
  name: z.string().min(1),
  headline: textAll,
  organisation: z.string().min(1),
  region: z.enum([
    'africa',
    'americas',
    'asia-pacific',
    'europe',
    'middle-east-north-africa',
    'central-asia',
    'global',
  ]),
  country: z.string().length(2),
  themes: z.array(slug).min(1),
  languages: z.array(language).min(1),
  bio: textSome,
  /** Consent to a public profile; without it the expert is visible to editors only. */
  publicProfile: z.boolean(),
  /** Contact address, shown only to logged-in users and only with consent. */
  contactEmail: z.email().optional(),
})

const lessonSchema = z.object({
  slug,
  title: textAll,
  /** Markdown; converted to rich text when seeded. */
  body: textSome,
  durationMinutes: z.number().int().positive(),
})

const moduleSchema = z.object({ title: textAll, lessons: z.array(lessonSchema).min(2).max(4) })

const cohortSchema = z.object({
  name: textAll,
  /** Days from the day the seed runs, so demo cohorts stay in the future. */
  startInDays: z.number().int(),
  endInDays: z.number().int(),
  capacity: z.number().int().positive(),
  /** Private: shown to enrolled learners only. */
  meetingUrl: z.url(),
})

export const courseSchema = z.object({
  slug,
  title: textAll,
  summary: textAll,
  /** Markdown course description. */
  body: textSome,
  themes: z.array(slug).min(1),
  format: z.enum(courseFormats),
  access: z.enum(courseAccess),
  level: z.enum(courseLevels),
  durationHours: z.number().positive(),
  languages: z.array(language).min(1),
  instructors: z.array(slug),
  community: slug.optional(),
  cohorts: z.array(cohortSchema).default([]),
  modules: z.array(moduleSchema).min(2).max(5),
})

export const resourceSchema = z.object({
  slug,
  title: textAll,
  summary: textAll,
  /** Markdown description shown on the resource page. */
  body: textSome,
  type: z.enum(resourceTypes),
  themes: z.array(slug).min(1),
  languages: z.array(language).min(1),
  publisher: z.string().min(1),
  publishedOn: z.iso.date(),
  licence: z.enum(licences),
  /** A public web address for the resource; either this or `pdf`. */
  url: z.url().optional(),
  /** Seed a PDF file generated from the summary and body. */
  pdf: z.boolean().default(false),
})

export const eventSchema = z.object({
  slug,
  title: textAll,
  summary: textAll,
  body: textSome,
  type: z.enum(eventTypes),
  themes: z.array(slug).min(1),
  /** Days from the day the seed runs: negative = past. Keeps upcoming events upcoming. */
  startInDays: z.number().int(),
  /** Local start time in `timeZone`, HH:MM. */
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  durationMinutes: z.number().int().positive(),
  timeZone: z.string().min(1),
  online: z.boolean(),
  location: z.string().optional(),
  capacity: z.number().int().positive().optional(),
  speakers: z.array(slug),
  community: slug.optional(),
  /** Private: shown to registered users only. */
  joinUrl: z.url().optional(),
  recordingUrl: z.url().optional(),
})

const postSchema = z.object({ author: slug, body: z.string().min(1) })

const threadSchema = z.object({
  title: z.string().min(1),
  author: slug,
  pinned: z.boolean().default(false),
  locked: z.boolean().default(false),
  body: z.string().min(1),
  replies: z.array(postSchema).default([]),
})

export const communitySchema = z.object({
  slug,
  name: textAll,
  summary: textAll,
  description: textSome,
  theme: slug,
  moderators: z.array(slug).min(1),
  /** Experts with a public profile shown as the community's moderators (with their consent). */
  moderatorProfiles: z.array(slug).default([]),
  members: z.array(slug),
  pending: z.array(slug).default([]),
  threads: z.array(threadSchema).min(2),
})

export type ThemeContent = z.infer<typeof themeSchema>
export type UserContent = z.infer<typeof userSchema>
export type ExpertContent = z.infer<typeof expertSchema>
export type CourseContent = z.infer<typeof courseSchema>
export type ResourceContent = z.infer<typeof resourceSchema>
export type EventContent = z.infer<typeof eventSchema>
export type CommunityContent = z.infer<typeof communitySchema>
