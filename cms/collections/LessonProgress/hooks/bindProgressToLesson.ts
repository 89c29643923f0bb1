import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Progress can only be recorded on a lesson the user may read, and carries the lesson's course
 * so dashboards and instructors can query by course without joining.
 */
export const bindProgressToLesson: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const lessonRef = data.lesson ?? originalDoc?.lesson
  const lessonId = typeof lessonRef === 'object' && lessonRef !== null ? lessonRef.id : lessonRef
  const lesson = await req.payload.findByID({
    collection: 'lessons',
    id: lessonId,
    depth: 0,
    select: { course: true },
    overrideAccess: !req.user,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!lesson) throw new APIError('That lesson does not exist or is not open to you.', 403, null, true)
  return { ...data, course: lesson.course, completedAt: data.completedAt ?? originalDoc?.completedAt ?? new Date().toISOString() }
}
