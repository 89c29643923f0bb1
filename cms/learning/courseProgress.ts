import type { PayloadRequest } from 'payload'

import { courseFields, publishedCourse, syllabusOf, type Syllabus } from './courses'
import { doneLessons, ownEnrolment } from './learnerRecords'
import { lessonFields, readableLessons } from './lessons'
import { answer, refuse, type Outcome } from './outcome'
import { progressOf, type CourseProgress } from './progress'

/**
 * Everything progress in one course is made of, read at once: the user's enrolment, the syllabus
 * lessons she may read and those she has done (the same queries whatever the number of lessons).
 */
export const progressState = async (req: PayloadRequest, course: { id: number } & Syllabus) => {
  const syllabus = syllabusOf(course)
  const [enrolment, readable, done] = await Promise.all([
    req.user ? ownEnrolment(req, course.id) : null,
    readableLessons(req, syllabus, lessonFields.progress),
    req.user ? doneLessons(req, [course.id]) : new Map<string, Set<string>>(),
  ])
  const doneHere = done.get(String(course.id)) ?? new Set<string>()
  const progress = progressOf({
    signedIn: Boolean(req.user),
    enrolment: enrolment?.status ?? null,
    syllabus,
    readable,
    done: doneHere,
  })
  return { enrolment, syllabus, readable, done: doneHere, progress }
}

export type ProgressState = Awaited<ReturnType<typeof progressState>>

/** GET my progress in a course, and its lessons I may read (anyone may ask; visitors see the open lessons). */
export const courseProgress = async (req: PayloadRequest, slug: string): Promise<Outcome<CourseProgress>> => {
  const course = await publishedCourse(req, slug, courseFields.syllabus)
  if (!course) return refuse(404, 'No such course.')
  return answer((await progressState(req, course)).progress)
}
