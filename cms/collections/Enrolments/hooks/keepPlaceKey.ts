import type { CollectionBeforeChangeHook } from 'payload'

import { holdsPlace, noPlaceKey } from '../../../learning/seats'
import type { Enrolment } from '../../../payload-types'

/**
 * Keeps the `seat` key true to the enrolment (see cms/learning/seats.ts): only the enrolment
 * endpoint, which chooses a free place, gives one out (as `context.place`); an enrolment that
 * still holds a place in the same cohort keeps it; any other write (withdrawn, rejected, moved to
 * another cohort by an instructor, created in the admin) lets it go. A key in the data is ignored:
 * on an update it is the stored one, and nobody else chooses places.
 */
export const keepPlaceKey: CollectionBeforeChangeHook<Enrolment> = ({ context, data, originalDoc }) => {
  if (typeof context.place === 'string') return { ...data, seat: context.place }
  const status = data.status ?? originalDoc?.status
  const cohort = data.cohort !== undefined ? data.cohort : originalDoc?.cohort
  const sameCohort = (originalDoc?.cohort ?? null) === (cohort ?? null)
  const keeps = status && holdsPlace({ status, cohort }) && sameCohort && originalDoc?.seat
  return {
    ...data,
    seat: keeps ? originalDoc.seat : noPlaceKey(data.user ?? originalDoc?.user, data.course ?? originalDoc?.course),
  }
}
