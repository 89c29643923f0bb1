import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { isEditorField } from '../../access/isEditor'
import { languagesField } from '../../fields/languages'
import { localizedTitle } from '../../fields/localizedText'
import { slugField } from '../../fields/slug'
import { themesField } from '../../fields/themes'
import { canReadExpert, canReadExpertContact } from './access/canReadExpert'
import { editorialVersions } from '../editorialVersions'
import { asDocument } from '../../access/fieldAccess'

const regions = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east-north-africa', 'central-asia', 'global']

export const Experts: CollectionConfig<'experts'> = {
  slug: 'experts',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'organisation', 'publicProfile', '_status'], group: 'Connect' },
  access: editorialAccess(canReadExpert),
  versions: editorialVersions,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    localizedTitle('headline'),
    { name: 'organisation', type: 'text', maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'region', type: 'select', options: regions },
        { name: 'country', type: 'text', maxLength: 2 },
      ],
    },
    languagesField('languages', 'Working languages'),
    { name: 'bio', type: 'richText', localized: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'publicProfile',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'The expert consented to a public profile. Without it the profile stays private.',
      },
    },
    {
      name: 'contactEmail',
      type: 'email',
      access: { read: canReadExpertContact, create: asDocument, update: asDocument },
    },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isEditorField, create: asDocument, update: asDocument },
    },
    slugField('name'),
    themesField,
  ],
}
