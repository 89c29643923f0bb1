import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { courseFields } from './fields'
import { editorialVersions } from '../editorialVersions'

export const Courses: CollectionConfig<'courses'> = {
  slug: 'courses',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'format', 'access', '_status'], group: 'Learn' },
  access: { read: publishedOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  versions: editorialVersions,
  fields: courseFields,
}
