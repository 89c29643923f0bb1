import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { courseFields } from './fields'
import { editorialVersions } from '../editorialVersions'
import { previewEndpoint, previewUrl } from '../../publishing/preview/previewEndpoint'

export const Courses: CollectionConfig<'courses'> = {
  slug: 'courses',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'format', 'access', '_status'], group: 'Learn', preview: previewUrl('courses') },
  access: { read: publishedOrEditor, create: isEditor, update: isEditor, delete: isEditor },
  versions: editorialVersions,
  endpoints: [previewEndpoint('courses')],
  fields: courseFields,
}
