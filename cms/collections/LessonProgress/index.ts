import type { CollectionConfig } from 'payload'

import { recordAccess } from '../../access/accessDeclarations'
import { ownOrCourseInstructor } from '../../access/ownOrCourseInstructor'
import { createsForSelf, ownedByUser } from '../../access/ownedByUser'
import { progressEndpoints } from './endpoints/progressEndpoints'
import { bindProgressToLesson } from './hooks/bindProgressToLesson'

export const LessonProgress: CollectionConfig<'lesson-progress'> = {
  slug: 'lesson-progress',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { defaultColumns: ['user', 'lesson', 'completedAt'], group: 'Learn' },
  access: recordAccess({
    read: ownOrCourseInstructor,
    create: createsForSelf,
    update: ownedByUser,
    delete: ownedByUser,
  }),
  // Completing a lesson twice records it once, enforced by the database itself.
  indexes: [{ fields: ['user', 'lesson'], unique: true }],
  hooks: { beforeChange: [bindProgressToLesson] },
  endpoints: progressEndpoints,
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'lesson', type: 'relationship', relationTo: 'lessons', required: true, index: true },
    { name: 'course', type: 'relationship', relationTo: 'courses', index: true, admin: { readOnly: true } },
    { name: 'completedAt', type: 'date' },
  ],
}
