import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { checkedLessonIn } from '../../../learning/checkedLesson'
import { relationId } from '../../../lib/relationId'

/** The lesson's course, read with the user's rights (by the server itself when no user acts). */
const courseOfReadableLesson = async (req: PayloadRequest, lesson: unknown) => {
  const found = await req.payload.findByID({
    collection: 'lessons',
    id: relationId(lesson),
    depth: 0,
    select: { course: true },
    overrideAccess: !req.user,
    user: req.user,
    disableErrors: true,
    req,
  })
  return found ? relationId(found.course) : null
}

/**
 * Progress can only be recorded on a lesson the user may read, and carries the lesson's course
 * so dashboards and instructors can query by course without joining. When the learning module
 * has just read the lesson with the user's rights, it hands it over and it is not read again.
 */
export const bindProgressToLesson: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  const lesson = data.lesson ?? originalDoc?.lesson
  const course = checkedLessonIn(context, lesson)?.course ?? (await courseOfReadableLesson(req, lesson))
  if (course === null) throw new APIError('That lesson does not exist or is not open to you.', 403, null, true)
  return { ...data, course, completedAt: data.completedAt ?? originalDoc?.completedAt ?? new Date().toISOString() }
}
