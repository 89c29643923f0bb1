import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { localizedTitle } from '../../fields/localizedText'
import { slugField } from '../../fields/slug'
import { canReadLesson } from './access/canReadLesson'
import { lessonContent } from './endpoints/lessonContent'
import { editorialVersions } from '../editorialVersions'

export const Lessons: CollectionConfig<'lessons'> = {
  slug: 'lessons',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'course', '_status'], group: 'Learn' },
  access: editorialAccess(canReadLesson),
  versions: editorialVersions,
  endpoints: [lessonContent],
  // A lesson's slug is unique within its course: /courses/{course}/{lesson}/.
  indexes: [{ fields: ['course', 'slug'], unique: true }],
  fields: [
    localizedTitle(),
    { name: 'body', type: 'richText', localized: true },
    { name: 'durationMinutes', type: 'number', min: 1, max: 600 },
    {
      name: 'course',
      type: 'relationship',
      relationTo: 'courses',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    slugField('title', { unique: false }),
  ],
}
