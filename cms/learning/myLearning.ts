import type { PayloadRequest } from 'payload'

import type { Course, Enrolment } from '../payload-types'
import { relationId, relationKey } from '../lib/relationId'
import { courseFields, publishedCourses, syllabusOf } from './courses'
import { currentEnrolments, doneLessons } from './learnerRecords'
import { lessonFields, readableLessons } from './lessons'
import { answer, refuse, type Outcome } from './outcome'
import { summaryOf, syllabusItems, type ProgressSummary } from './progress'

/** One course in "my learning" (the account page's island reads it). */
export type MyCourse = {
  slug: string
  title: string
  access: Course['access']
  status: Enrolment['status']
} & ProgressSummary

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
  const found = await publishedCourses(req, { id: { in: courseIds } }, courseFields.listing)
  const courses = new Map(found.map((course) => [relationKey(course.id), course]))
  const syllabusIds = found.flatMap(syllabusOf)
  const [readable, done] = await Promise.all([
    readableLessons(req, syllabusIds, lessonFields.listing),
    doneLessons(req, [...courses.keys()]),
  ])
  const mine = enrolments.flatMap((enrolment) => {
    const course = courses.get(relationKey(enrolment.course))
    if (!course) return []
    const progress = summaryOf(
      syllabusItems(syllabusOf(course), readable, done.get(relationKey(course.id)) ?? new Set()),
    )
    return [
      {
        slug: course.slug,
        title: course.title ?? course.slug,
        access: course.access,
        status: enrolment.status,
        ...progress,
      },
    ]
  })
  return answer({ courses: mine })
}
