import type { PayloadRequest, Where } from 'payload'

import { defaultLocale } from '../contract/locales'
import { relationId } from '../lib/relationId'

/** What learning needs of a course: its catalogue facts, its cohorts and the lesson ids of its syllabus. */
const learningFields = {
  slug: true,
  title: true,
  access: true,
  format: true,
  cohorts: { name: true, startDate: true, endDate: true, capacity: true },
  modules: { lessons: true },
} as const

/**
 * Published courses matching `where`, in the request's language, depth 0, in one query. Read with
 * the user's own rights: a published course is everyone's to read, and its closed parts (the
 * instructors' accounts, meeting links) are not selected.
 */
export const publishedCourses = async (req: PayloadRequest, where: Where) => {
  const { docs } = await req.payload.find({
    collection: 'courses',
    where: { and: [where, { _status: { equals: 'published' } }] },
    select: learningFields,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? defaultLocale,
    req,
  })
  return docs
}

export type LearningCourse = Awaited<ReturnType<typeof publishedCourses>>[number]

/** The published course with this slug, or null. */
export const publishedCourse = async (req: PayloadRequest, slug: string): Promise<LearningCourse | null> =>
  (await publishedCourses(req, { slug: { equals: slug } }))[0] ?? null

/** The lesson ids of a course's syllabus, module after module, in order. */
export const syllabusOf = (course: LearningCourse) => (course.modules ?? []).flatMap((module) => (module.lessons ?? []).map(relationId))
