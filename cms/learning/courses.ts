import type { PayloadRequest, Where } from 'payload'

import type { CoursesSelect, Lesson } from '../payload-types'
import { defaultLocale } from '../contract/locales'
import { relationId } from '../lib/relationId'

/** What each use reads of a course, and no more: every array and language joined costs time on every call. */
export const courseFields = {
  /** "My learning": what it lists of a course, and its syllabus. */
  listing: { slug: true, title: true, access: true, modules: { lessons: true } },
  /** Progress in a course: its syllabus (the lesson ids of its modules, in order). */
  syllabus: { modules: { lessons: true } },
  /** The enrolment button: how one enrols, and the cohorts with their seats. */
  enrolment: { access: true, format: true, cohorts: { name: true, startDate: true, endDate: true, capacity: true } },
} as const satisfies Record<string, CoursesSelect>

/**
 * Published courses matching `where`, in the request's language, depth 0, in one query. Read with
 * the user's own rights: a published course is everyone's to read, and its closed parts (the
 * instructors' accounts, meeting links) are never selected.
 */
export const publishedCourses = async <Fields extends CoursesSelect>(
  req: PayloadRequest,
  where: Where,
  select: Fields,
) => {
  const { docs } = await req.payload.find({
    collection: 'courses',
    where: { and: [where, { _status: { equals: 'published' } }] },
    select,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? defaultLocale,
    req,
  })
  return docs
}

/** The published course with this slug, or null. */
export const publishedCourse = async <Fields extends CoursesSelect>(
  req: PayloadRequest,
  slug: string,
  select: Fields,
) => (await publishedCourses(req, { slug: { equals: slug } }, select))[0] ?? null

/** What a course's syllabus is read from: its modules, each listing its lessons in order. */
export type Syllabus = { modules?: { lessons?: (number | Lesson)[] | null }[] | null }

/** The lesson ids of a course's syllabus, module after module, in order. */
export const syllabusOf = (course: Syllabus) =>
  (course.modules ?? []).flatMap((module) => (module.lessons ?? []).map(relationId))

/** A course as the enrolment button needs it. */
export type EnrolmentCourse = NonNullable<Awaited<ReturnType<typeof publishedCourse<typeof courseFields.enrolment>>>>
