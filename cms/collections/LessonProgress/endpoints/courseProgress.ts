import type { PayloadRequest } from 'payload'

import { enrolmentOf, publishedCourse, type CourseForEnrolment } from '../../Enrolments/endpoints/courseEnrolment'
import { relationId, relationKey } from '../../../lib/relationId'

type Id = number | string

/** A course's lessons in syllabus order, as far as the user may read them (closed courses: enrollees only). */
export const readableLessons = async (req: PayloadRequest, course: CourseForEnrolment & { modules?: { lessons?: unknown[] | null }[] | null }) => {
  const order = (course.modules ?? []).flatMap((module) => (module.lessons ?? []).map(relationId))
  if (order.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'lessons',
    where: { id: { in: order } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? 'en',
    select: { slug: true, title: true, durationMinutes: true },
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return order.map((id) => byId.get(String(id))).filter((doc) => doc !== undefined) as { id: Id; slug: string; title: string; durationMinutes?: number | null }[]
}

/** The course with its syllabus, for progress. */
export const courseWithSyllabus = async (req: PayloadRequest, slug: string) => {
  const course = await publishedCourse(req, slug)
  if (!course) return null
  // No `select` here: selecting `modules` drops the lesson ids inside them.
  const full = await req.payload.findByID({ collection: 'courses', id: course.id, depth: 0, overrideAccess: true, req })
  return { ...course, modules: (full as { modules?: { lessons?: unknown[] | null }[] | null }).modules ?? [] }
}

/** Where the signed-in learner stands in a course: enrolment, lessons done, where to resume. */
export const progressIn = async (req: PayloadRequest, course: NonNullable<Awaited<ReturnType<typeof courseWithSyllabus>>>) => {
  const enrolment = req.user ? await enrolmentOf(req, course) : null
  const lessons = await readableLessons(req, course)
  const done = req.user
    ? await req.payload.find({
        collection: 'lesson-progress',
        where: { and: [{ user: { equals: req.user.id } }, { course: { equals: course.id } }] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { lesson: true, completedAt: true },
        req,
      })
    : { docs: [] }
  const doneIds = new Set(done.docs.map((doc) => relationKey(doc.lesson)))
  const items = lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title, minutes: lesson.durationMinutes ?? null, done: doneIds.has(String(lesson.id)) }))
  const completed = items.filter((item) => item.done).length
  return {
    signedIn: Boolean(req.user),
    enrolment: enrolment?.status ?? null,
    lessons: items,
    completed,
    total: items.length,
    percent: items.length === 0 ? 0 : Math.round((completed / items.length) * 100),
    resume: items.find((item) => !item.done)?.slug ?? null,
  }
}

export const lessonIdIn = async (req: PayloadRequest, course: { id: Id }, slug: string) => {
  const { docs } = await req.payload.find({
    collection: 'lessons',
    where: { and: [{ course: { equals: course.id } }, { slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { slug: true },
    req,
  })
  return docs[0]?.id ?? null
}
