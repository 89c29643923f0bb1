import { callApi } from '../api'
import type { Translate } from '../strings'

/** Where the signed-in learner stands in a course, as `/api/lesson-progress/course/:course` says. */
export type CourseProgress = {
  signedIn: boolean
  enrolment: 'pending' | 'active' | 'completed' | 'withdrawn' | 'rejected' | null
  lessons: { slug: string; title: string; minutes: number | null; done: boolean }[]
  completed: number
  total: number
  percent: number
  resume: string | null
}

const base = (course: string) => `/lesson-progress/course/${encodeURIComponent(course)}`

export const readProgress = (t: Translate, course: string, lang: string) =>
  callApi<CourseProgress>(t, `${base(course)}?locale=${lang}`)

export const completeLesson = (t: Translate, course: string, lesson: string, lang: string) =>
  callApi<CourseProgress>(t, `${base(course)}/lesson/${encodeURIComponent(lesson)}/complete?locale=${lang}`, {
    method: 'POST',
  })

export const isLearning = (progress: CourseProgress) =>
  progress.enrolment === 'active' || progress.enrolment === 'completed'
