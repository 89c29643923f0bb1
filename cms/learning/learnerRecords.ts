import type { PayloadRequest, Where } from 'payload'

import { relationKey } from '../lib/relationId'

type Id = number | string

/** The user's own records are hers to read: every query below runs with her rights and asks only for her rows. */
const asLearner = (req: PayloadRequest) =>
  ({ depth: 0, pagination: false, overrideAccess: false, user: req.user, req }) as const

const mine = (req: PayloadRequest, where: Where): Where => ({ and: [{ user: { equals: req.user!.id } }, where] })

/** The signed-in user's enrolments that matter to "my learning" (all but withdrawn), last changed first. */
export const currentEnrolments = async (req: PayloadRequest) =>
  (
    await req.payload.find({
      collection: 'enrolments',
      where: mine(req, { status: { not_equals: 'withdrawn' } }),
      select: { course: true, status: true },
      sort: '-updatedAt',
      ...asLearner(req),
    })
  ).docs

/** The signed-in user's enrolment in a course, whatever its status, or null. */
export const ownEnrolment = async (req: PayloadRequest, course: Id) => {
  const { docs } = await req.payload.find({
    collection: 'enrolments',
    where: mine(req, { course: { equals: course } }),
    select: { status: true, cohort: true },
    limit: 1,
    ...asLearner(req),
  })
  return docs[0] ?? null
}

/** The lessons the signed-in user has completed in each of these courses: lesson ids by course id. */
export const doneLessons = async (req: PayloadRequest, courses: Id[]) => {
  const done = new Map<string, Set<string>>()
  if (courses.length === 0) return done
  const { docs } = await req.payload.find({
    collection: 'lesson-progress',
    where: mine(req, { course: { in: courses } }),
    select: { lesson: true, course: true },
    ...asLearner(req),
  })
  for (const record of docs) {
    const course = relationKey(record.course)
    done.set(course, (done.get(course) ?? new Set()).add(relationKey(record.lesson)))
  }
  return done
}
