import type { PayloadRequest } from 'payload'

import { problem } from '../../../http/problem'
import { publishedBySlug } from '../../../http/publishedBySlug'

/** Statuses that hold a seat in a cohort: a pending request keeps it until it is decided. */
export const seatHolding = ['pending', 'active', 'completed']

export type CourseForEnrolment = {
  id: number | string
  slug: string
  access: 'open' | 'closed'
  format: string
  cohorts: { id: string; name: unknown; startDate: string; endDate: string; capacity: number }[]
}

/** A published course by slug, read by the server (depth 0), with what enrolment needs. */
export const publishedCourse = async (req: PayloadRequest, slug: string) =>
  (await publishedBySlug(req, 'courses', slug, { slug: true, access: true, format: true, cohorts: true })) as unknown as CourseForEnrolment | null

/** Seats taken per cohort of a course. */
export const seatsTaken = async (req: PayloadRequest, course: CourseForEnrolment) => {
  const { docs } = await req.payload.find({
    collection: 'enrolments',
    where: { and: [{ course: { equals: course.id } }, { status: { in: seatHolding } }, { cohort: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { cohort: true },
    req,
  })
  const taken = new Map<string, number>()
  for (const doc of docs as { cohort?: string | null }[]) if (doc.cohort) taken.set(doc.cohort, (taken.get(doc.cohort) ?? 0) + 1)
  return taken
}

/** The signed-in user's enrolment in a course, if any. */
export const enrolmentOf = async (req: PayloadRequest, course: CourseForEnrolment) => {
  const { docs } = await req.payload.find({
    collection: 'enrolments',
    where: { and: [{ course: { equals: course.id } }, { user: { equals: req.user!.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (docs[0] as { id: number | string; status: string; cohort?: string | null } | undefined) ?? null
}
