import type { PayloadRequest } from 'payload'

import { relationKey } from '../lib/relationId'
import type { Enrolment } from '../payload-types'

type Id = number | string

/** Statuses that hold a seat in a cohort: a pending request keeps it until it is decided. */
export const seatHolding: Enrolment['status'][] = ['pending', 'active', 'completed']

/**
 * The database guards the cohorts' places, whichever server instance takes them: every enrolment
 * carries a `seat` key, unique across the collection. Holding place n of a cohort is the key
 * `course/cohort/n` (n from 1 to the capacity), so two enrolments can never hold the same place
 * and a cohort can never hold more than its capacity. Every other enrolment carries a key no place
 * can have (`none/user/course`, unique because a learner has one enrolment per course), so the
 * key is never empty (MongoDB's sparse unique indexes treat empty values as equal).
 */
export const placeKey = (course: Id, cohort: string, place: number) => `${course}/${cohort}/${place}`

export const noPlaceKey = (user: unknown, course: unknown) => `none/${relationKey(user)}/${relationKey(course)}`

/** Whether an enrolment with this status and cohort holds a place. */
export const holdsPlace = (enrolment: Pick<Enrolment, 'status' | 'cohort'>) =>
  Boolean(enrolment.cohort) && seatHolding.includes(enrolment.status)

/** The enrolments holding a place in some cohort of a course, in one query. */
const placeHolders = async (req: PayloadRequest, course: Id) =>
  (
    await req.payload.find({
      collection: 'enrolments',
      where: { and: [{ course: { equals: course } }, { status: { in: seatHolding } }, { cohort: { exists: true } }] },
      select: { cohort: true, seat: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs

const countByCohort = (holders: Pick<Enrolment, 'cohort'>[]) => {
  const taken = new Map<string, number>()
  for (const { cohort } of holders) if (cohort) taken.set(cohort, (taken.get(cohort) ?? 0) + 1)
  return taken
}

/**
 * Seats taken per cohort of a course, in one query. Counting everybody's seats is the server's
 * own bookkeeping (no learner may read the others' enrolments), so it bypasses access.
 */
export const seatsTaken = async (req: PayloadRequest, course: Id) => countByCohort(await placeHolders(req, course))

/**
 * A place of the cohort nobody holds, or null when the cohort is full. Chosen at random among the
 * free ones, so that learners enrolling at the same moment mostly ask for different places; the
 * unique key settles the rest.
 */
export const freePlace = async (req: PayloadRequest, course: Id, cohort: string, capacity: number) => {
  const holders = await placeHolders(req, course)
  if ((countByCohort(holders).get(cohort) ?? 0) >= capacity) return null
  const held = new Set(holders.map((holder) => holder.seat))
  const free = Array.from({ length: capacity }, (_, index) => placeKey(course, cohort, index + 1)).filter(
    (key) => !held.has(key),
  )
  return free.length > 0 ? free[Math.floor(Math.random() * free.length)]! : null
}
