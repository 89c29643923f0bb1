import type { CollectionConfig } from 'payload'

import { recordAccess } from '../../access/accessDeclarations'
import { isAdmin } from '../../access/isAdmin'
import { ownOrCourseInstructor } from '../../access/ownOrCourseInstructor'
import { createsForSelf } from '../../access/ownedByUser'
import { toOptions } from '../../fields/options'
import { enrolmentStatuses } from '../../contract/vocabularies'
import { enrolmentEndpoints } from './endpoints/enrolmentEndpoints'
import { guardEnrolmentStatus } from './hooks/guardEnrolmentStatus'
import { keepPlaceKey } from './hooks/keepPlaceKey'
import { tellLearnerOfDecision } from './hooks/tellLearnerOfDecision'

export const Enrolments: CollectionConfig<'enrolments'> = {
  slug: 'enrolments',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { defaultColumns: ['user', 'course', 'status', 'createdAt'], group: 'Learn' },
  access: recordAccess({
    read: ownOrCourseInstructor,
    create: createsForSelf,
    update: ownOrCourseInstructor,
    delete: isAdmin,
  }),
  // One enrolment per learner and course, enforced by the database itself.
  indexes: [{ fields: ['user', 'course'], unique: true }],
  hooks: { beforeChange: [guardEnrolmentStatus, keepPlaceKey], afterChange: [tellLearnerOfDecision] },
  endpoints: enrolmentEndpoints,
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: toOptions(enrolmentStatuses),
    },
    {
      name: 'cohort',
      type: 'text',
      maxLength: 64,
      admin: { description: 'Id of the chosen cohort (instructor-led courses).' },
    },
    { name: 'completedAt', type: 'date' },
    {
      // The place held in the cohort, unique across enrolments: the database's guard on capacity (cms/learning/seats.ts).
      name: 'seat',
      type: 'text',
      unique: true,
      admin: { readOnly: true, description: 'The cohort place this enrolment holds, kept by the server.' },
    },
  ],
}
