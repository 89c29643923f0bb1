import type { Enrolment } from '../payload-types'
import { relationKey } from '../lib/relationId'

/** Where a learner stands in a course: what `/api/lesson-progress/course/:course` answers (the islands read it). */
export type CourseProgress = {
  signedIn: boolean
  enrolment: Enrolment['status'] | null
  /** The syllabus, as far as the user may read it. */
  lessons: { slug: string; title: string; minutes: number | null; done: boolean }[]
} & ProgressSummary

export type ProgressSummary = {
  completed: number
  total: number
  percent: number
  /** The first lesson not done yet, where "resume" leads. */
  resume: string | null
}

type Id = number | string

/** The syllabus lessons the user may read, in order, each with whether she has done it. */
export const syllabusItems = <Lesson>(syllabus: Id[], readable: Map<string, Lesson>, done: Set<string>) =>
  syllabus.flatMap((id) => {
    const lesson = readable.get(relationKey(id))
    return lesson ? [{ lesson, done: done.has(relationKey(id)) }] : []
  })

/** How far along the syllabus she is, and where to resume. */
export const summaryOf = (items: { lesson: { slug: string }; done: boolean }[]): ProgressSummary => {
  const completed = items.filter((item) => item.done).length
  return {
    completed,
    total: items.length,
    percent: items.length === 0 ? 0 : Math.round((completed / items.length) * 100),
    resume: items.find((item) => !item.done)?.lesson.slug ?? null,
  }
}

/** Progress from what was read: the syllabus in order, the lessons the user may read, the ones she has done. */
export const progressOf = ({
  signedIn,
  enrolment,
  syllabus,
  readable,
  done,
}: {
  signedIn: boolean
  enrolment: Enrolment['status'] | null
  syllabus: Id[]
  readable: Map<string, { slug: string; title: string; durationMinutes?: number | null }>
  done: Set<string>
}): CourseProgress => {
  const items = syllabusItems(syllabus, readable, done)
  const lessons = items.map(({ lesson, done: isDone }) => ({
    slug: lesson.slug,
    title: lesson.title,
    minutes: lesson.durationMinutes ?? null,
    done: isDone,
  }))
  return { signedIn, enrolment, lessons, ...summaryOf(items) }
}
