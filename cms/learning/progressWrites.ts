import type { PayloadRequest, RequestContext } from 'payload'

import type { Lesson } from '../payload-types'

type Id = number | string

/**
 * Records a lesson as done by the signed-in learner. The learning module has checked her rights
 * (an active or completed enrolment, the lesson read with her own rights) and hands the lesson it
 * read to the record's hook in `context`; the owner and course of a record are the server's to set,
 * so the write itself bypasses access. Two clicks at once: the database's unique index keeps one
 * record and the other call has nothing to add.
 */
export const recordLesson = async (req: PayloadRequest, lesson: Pick<Lesson, 'id'>, context: RequestContext) => {
  const user = req.user!.id
  try {
    await req.payload.create({
      collection: 'lesson-progress',
      data: { user, lesson: lesson.id, completedAt: new Date().toISOString() },
      select: { completedAt: true },
      depth: 0,
      overrideAccess: true,
      context,
      req,
    })
  } catch (error) {
    const recorded = await req.payload.count({
      collection: 'lesson-progress',
      where: { and: [{ user: { equals: user } }, { lesson: { equals: lesson.id } }] },
      overrideAccess: true,
      req,
    })
    if (recorded.totalDocs === 0) throw error
  }
}

/** How many of these lessons of a course the signed-in learner has done (her own records, with her rights). */
export const countDone = async (req: PayloadRequest, course: Id, lessons: Id[]) =>
  (
    await req.payload.count({
      collection: 'lesson-progress',
      where: { and: [{ user: { equals: req.user!.id } }, { course: { equals: course } }, { lesson: { in: lessons } }] },
      overrideAccess: false,
      user: req.user,
      req,
    })
  ).totalDocs

/**
 * The learner finished the course. Her status is the server's to move (a learner cannot set it,
 * see guardEnrolmentStatus), hence `enrolling` and no access check; the other hooks run as usual.
 */
export const completeEnrolment = async (req: PayloadRequest, enrolment: Id) => {
  await req.payload.update({
    collection: 'enrolments',
    id: enrolment,
    data: { status: 'completed', completedAt: new Date().toISOString() },
    select: { status: true },
    depth: 0,
    overrideAccess: true,
    context: { enrolling: true },
    req,
  })
}
