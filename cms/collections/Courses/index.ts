import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { courseFields } from './fields'
import { editorialVersions } from '../editorialVersions'
import { previewEndpoint, previewUrl } from '../../publishing/preview/previewEndpoint'

export const Courses: CollectionConfig<'courses'> = {
  slug: 'courses',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'access', '_status'],
    group: 'Learn',
    preview: previewUrl('courses'),
  },
  access: editorialAccess(publishedOrEditor),
  versions: editorialVersions,
  endpoints: [previewEndpoint('courses')],
  fields: courseFields,
}
