import type { PayloadRequest } from 'payload'

import type { Course, Enrolment } from '../payload-types'
import { relationId, relationKey } from '../lib/relationId'
import { publishedCourses, syllabusOf } from './courses'
import { currentEnrolments, doneLessons } from './learnerRecords'
import { readableLessons } from './lessons'
import { answer, refuse, type Outcome } from './outcome'
import { progressOf } from './progress'

/** One course in "my learning" (the account page's island reads it). */
export type MyCourse = {
  slug: string
  title: string
  access: Course['access']
  status: Enrolment['status']
  completed: number
  total: number
  percent: number
  resume: string | null
}

/**
 * "My learning": each published course I take (withdrawn ones aside), last changed first, with my
 * progress and where to resume. Five queries however many courses: my enrolments, their courses,
 * the lessons of all their syllabuses I may read (and the enrolments that rule lets me read), my
 * progress in all of them.
 */
export const myLearning = async (req: PayloadRequest): Promise<Outcome<{ courses: MyCourse[] }>> => {
  if (!req.user) return refuse(401, 'Sign in to see your courses.')
  const enrolments = await currentEnrolments(req)
  const courseIds = enrolments.map((enrolment) => relationId(enrolment.course))
  if (courseIds.length === 0) return answer({ courses: [] })
  const courses = new Map((await publishedCourses(req, { id: { in: courseIds } })).map((course) => [relationKey(course.id), course]))
  const syllabusIds = [...courses.values()].flatMap(syllabusOf)
  const [readable, done] = await Promise.all([readableLessons(req, syllabusIds), doneLessons(req, [...courses.keys()])])
  const mine = enrolments.flatMap((enrolment) => {
    const course = courses.get(relationKey(enrolment.course))
    if (!course) return []
    const progress = progressOf({
      signedIn: true,
      enrolment: enrolment.status,
      syllabus: syllabusOf(course),
      readable,
      done: done.get(relationKey(course.id)) ?? new Set(),
    })
    const { completed, total, percent, resume } = progress
    return [{ slug: course.slug, title: course.title ?? course.slug, access: course.access, status: enrolment.status, completed, total, percent, resume }]
  })
  return answer({ courses: mine })
}
