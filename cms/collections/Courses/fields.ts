import type { Field } from 'payload'

import { courseAccess, courseFormats, courseLevels } from '../../contract/vocabularies'
import { languagesField } from '../../fields/languages'
import { localizedSummary, localizedTitle } from '../../fields/localizedText'
import { toOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { isCourseStaffField } from './access/isCourseStaffField'
import { asDocument } from '../../access/fieldAccess'

const cohorts: Field = {
  name: 'cohorts',
  type: 'array',
  admin: { description: 'Instructor-led runs of the course.', condition: (data) => data?.format === 'instructor-led' },
  fields: [
    localizedTitle('name'),
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true },
        { name: 'endDate', type: 'date', required: true },
        { name: 'capacity', type: 'number', required: true, min: 1, max: 10000 },
      ],
    },
    {
      name: 'meetingUrl',
      type: 'text',
      maxLength: 500,
      access: { read: isCourseStaffField, create: asDocument, update: asDocument },
    },
  ],
}

const modules: Field = {
  name: 'modules',
  type: 'array',
  admin: { description: 'The syllabus: modules in order, each listing its lessons in order.' },
  fields: [localizedTitle('title'), { name: 'lessons', type: 'relationship', relationTo: 'lessons', hasMany: true }],
}

export const courseFields: Field[] = [
  localizedTitle(),
  localizedSummary(),
  { name: 'body', type: 'richText', localized: true },
  {
    type: 'row',
    fields: [
      { name: 'format', type: 'select', required: true, defaultValue: 'self-paced', options: toOptions(courseFormats) },
      {
        name: 'access',
        type: 'select',
        required: true,
        defaultValue: 'open',
        index: true,
        options: toOptions(courseAccess),
      },
      { name: 'level', type: 'select', defaultValue: 'introductory', options: toOptions(courseLevels) },
      { name: 'durationHours', type: 'number', min: 0, max: 1000 },
    ],
  },
  languagesField('languages', 'Languages offered'),
  { name: 'cover', type: 'upload', relationTo: 'media' },
  { name: 'instructors', type: 'relationship', relationTo: 'experts', hasMany: true },
  {
    name: 'instructorAccounts',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    access: { read: isCourseStaffField, create: asDocument, update: asDocument },
    admin: { description: 'Accounts that approve requests and follow progress for this course.' },
  },
  { name: 'community', type: 'relationship', relationTo: 'communities' },
  cohorts,
  modules,
  slugField(),
  themesField,
]
