import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { languagesField } from '../../fields/languages'
import { localizedSummary, localizedTitle } from '../../fields/localizedText'
import { toOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { licences, resourceTypes } from '../../contract/vocabularies'
import { editorialVersions } from '../editorialVersions'
import { previewEndpoint, previewUrl } from '../../publishing/preview/previewEndpoint'

export const Resources: CollectionConfig<'resources'> = {
  slug: 'resources',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'publishedOn', '_status'],
    group: 'Library',
    preview: previewUrl('resources'),
  },
  access: editorialAccess(publishedOrEditor),
  versions: editorialVersions,
  endpoints: [previewEndpoint('resources')],
  fields: [
    localizedTitle(),
    localizedSummary(),
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, index: true, options: toOptions(resourceTypes) },
        { name: 'publisher', type: 'text', maxLength: 200 },
        { name: 'publishedOn', type: 'date', index: true },
        { name: 'licence', type: 'select', options: toOptions(licences) },
      ],
    },
    languagesField(),
    { name: 'file', type: 'upload', relationTo: 'media' },
    {
      name: 'url',
      type: 'text',
      maxLength: 500,
      admin: { description: 'Where to read it online, when there is no file.' },
    },
    slugField(),
    themesField,
  ],
}
