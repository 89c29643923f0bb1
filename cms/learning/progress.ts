import type { Enrolment } from '../payload-types'
import { relationKey } from '../lib/relationId'
import type { ReadableLesson } from './lessons'

/** Where a learner stands in a course: what `/api/lesson-progress/course/:course` answers (the islands read it). */
export type CourseProgress = {
  signedIn: boolean
  enrolment: Enrolment['status'] | null
  /** The syllabus, as far as the user may read it. */
  lessons: { slug: string; title: string; minutes: number | null; done: boolean }[]
  completed: number
  total: number
  percent: number
  /** The first lesson not done yet, where "resume" leads. */
  resume: string | null
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
  syllabus: (number | string)[]
  readable: Map<string, ReadableLesson>
  done: Set<string>
}): CourseProgress => {
  const lessons = syllabus.flatMap((id) => {
    const lesson = readable.get(relationKey(id))
    return lesson ? [{ slug: lesson.slug, title: lesson.title, minutes: lesson.durationMinutes ?? null, done: done.has(relationKey(id)) }] : []
  })
  const completed = lessons.filter((lesson) => lesson.done).length
  return {
    signedIn,
    enrolment,
    lessons,
    completed,
    total: lessons.length,
    percent: lessons.length === 0 ? 0 : Math.round((completed / lessons.length) * 100),
    resume: lessons.find((lesson) => !lesson.done)?.slug ?? null,
  }
}
