import type { PayloadRequest } from 'payload'

import type { Enrolment } from '../payload-types'
import { relationId, relationKey } from '../lib/relationId'
import { checkedLessonContext } from './checkedLesson'
import { progressState, type ProgressState } from './courseProgress'
import { courseFields, publishedCourse } from './courses'
import { answer, refuse, type Outcome } from './outcome'
import { progressOf, type CourseProgress } from './progress'
import { completeEnrolment, countDone, recordLesson } from './progressWrites'

const learning: Enrolment['status'][] = ['active', 'completed']

type ReadableLesson = ProgressState['readable'] extends Map<string, infer Lesson> ? Lesson : never

/**
 * Records a lesson of a course as done by the signed-in learner and answers her progress.
 * Idempotent: a lesson done already changes nothing. The last lesson completes the enrolment.
 * Reads the course, then at once her enrolment, the lessons she may read and those she has done;
 * writes the record (and, at the end, the enrolment) — the same queries for any course.
 */
export const completeLesson = async (
  req: PayloadRequest,
  slugs: { course: string; lesson: string },
): Promise<Outcome<CourseProgress>> => {
  if (!req.user) return refuse(401, 'Sign in to record your progress.')
  const course = await publishedCourse(req, slugs.course, courseFields.syllabus)
  if (!course) return refuse(404, 'No such course.')
  const state = await progressState(req, course)
  if (!state.enrolment || !learning.includes(state.enrolment.status))
    return refuse(403, 'Enrol in the course to record your progress.')
  const lesson = [...state.readable.values()].find((candidate) =>
    isPublishedLessonOf(candidate, course.id, slugs.lesson),
  )
  if (!lesson) return refuse(404, 'No such lesson in this course.')

  let progress = state.progress
  if (!state.done.has(relationKey(lesson.id))) {
    await recordLesson(req, lesson, checkedLessonContext({ id: lesson.id, course: course.id }))
    progress = await progressAfterRecording(req, state, lesson)
  }
  if (progress.total > 0 && progress.completed === progress.total && state.enrolment.status === 'active') {
    await completeEnrolment(req, state.enrolment.id)
    progress = { ...progress, enrolment: 'completed' }
  }
  return answer(progress)
}

/**
 * Progress once the lesson is recorded, from what was read before: only a count is read again, in
 * case another tab recorded the course's other last lesson meanwhile.
 */
const progressAfterRecording = async (req: PayloadRequest, state: ProgressState, lesson: ReadableLesson) => {
  const readable = [...state.readable.keys()]
  let done = new Set(state.done).add(relationKey(lesson.id))
  if (!readable.every((id) => done.has(id))) {
    const ids = [...state.readable.values()].map((candidate) => candidate.id)
    if ((await countDone(req, relationId(lesson.course), ids)) === ids.length) done = new Set(readable)
  }
  return progressOf({
    signedIn: true,
    enrolment: state.enrolment?.status ?? null,
    syllabus: state.syllabus,
    readable: state.readable,
    done,
  })
}

/** The lesson a completion names: in the syllabus, readable, published, and of this very course. */
const isPublishedLessonOf = (lesson: ReadableLesson, course: number | string, slug: string) =>
  lesson.slug === slug && lesson._status === 'published' && relationKey(lesson.course) === relationKey(course)
