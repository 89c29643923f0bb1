import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { isEditorField } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { localizedSummary, localizedTitle } from '../../fields/localizedText'
import { toOptions } from '../../fields/options'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { eventTypes } from '../../contract/vocabularies'
import { editorialVersions } from '../editorialVersions'
import { previewEndpoint, previewUrl } from '../../publishing/preview/previewEndpoint'
import { asDocument } from '../../access/fieldAccess'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startsAt', '_status'],
    group: 'Connect',
    preview: previewUrl('events'),
  },
  access: editorialAccess(publishedOrEditor),
  versions: editorialVersions,
  endpoints: [previewEndpoint('events')],
  fields: [
    localizedTitle(),
    localizedSummary(),
    { name: 'body', type: 'richText', localized: true },
    { name: 'type', type: 'select', required: true, options: toOptions(eventTypes) },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, admin: dayAndTime },
        { name: 'endsAt', type: 'date', required: true, admin: dayAndTime },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'UTC',
          maxLength: 64,
          admin: { description: 'IANA zone, e.g. Africa/Nairobi' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'online', type: 'checkbox', defaultValue: true },
        { name: 'location', type: 'text', localized: true, maxLength: 200 },
        { name: 'capacity', type: 'number', min: 1, max: 100000 },
      ],
    },
    { name: 'speakers', type: 'relationship', relationTo: 'experts', hasMany: true },
    { name: 'community', type: 'relationship', relationTo: 'communities' },
    // Registered participants get the join link through the registration API, never from the public page.
    {
      name: 'joinUrl',
      type: 'text',
      maxLength: 500,
      access: { read: isEditorField, create: asDocument, update: asDocument },
    },
    { name: 'recordingUrl', type: 'text', maxLength: 500 },
    slugField(),
    themesField,
  ],
}
