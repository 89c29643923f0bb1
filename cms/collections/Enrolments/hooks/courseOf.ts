import type { PayloadRequest } from 'payload'

/** The course an enrolment points at, read by the server itself (depth 0). */
export const courseOf = async (req: PayloadRequest, course: unknown) => {
  const id = typeof course === 'object' && course !== null ? (course as { id: number | string }).id : course
  if (id === undefined || id === null) return null
  return req.payload.findByID({
    collection: 'courses',
    id: id as number | string,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { access: true, instructorAccounts: true, cohorts: true },
    req,
  })
}

/** Whether the request's user runs this course (or is an admin). */
export const managesCourse = (req: PayloadRequest, course: { instructorAccounts?: unknown } | null): boolean => {
  const user = req.user as { id: number | string; roles?: string[] } | null
  if (!user) return false
  if (user.roles?.includes('admin')) return true
  const accounts = (course?.instructorAccounts ?? []) as (number | string | { id: number | string })[]
  return accounts.some((account) => String(typeof account === 'object' ? account.id : account) === String(user.id))
}
