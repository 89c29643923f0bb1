import type { RequestContext } from 'payload'

import { relationKey } from '../lib/relationId'

type Id = number | string

/** A lesson the server has just read with the user's own rights, and the course it belongs to. */
export type CheckedLesson = { id: Id; course: Id }

/**
 * Handed through Payload's request context (which only server code sets) to the progress record's
 * hooks, so that recording a lesson does not read the lesson a second time.
 */
export const checkedLessonContext = (lesson: CheckedLesson): RequestContext => ({ checkedLesson: lesson })

/** The checked lesson, if the context carries this very lesson. */
export const checkedLessonIn = (context: RequestContext, lesson: unknown): CheckedLesson | null => {
  const checked = context.checkedLesson as CheckedLesson | undefined
  return checked && relationKey(checked.id) === relationKey(lesson) ? checked : null
}
