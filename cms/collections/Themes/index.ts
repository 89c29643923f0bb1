import type { CollectionConfig } from 'payload'

import { recordAccess } from '../../access/accessDeclarations'
import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/isEditor'
import { localizedSummary, localizedTitle } from '../../fields/localizedText'
import { slugField } from '../../fields/slug'

export const Themes: CollectionConfig<'themes'> = {
  slug: 'themes',
  admin: { useAsTitle: 'name', group: 'Catalogue' },
  access: recordAccess({ read: anyone, create: isEditor, update: isEditor, delete: isEditor }),
  fields: [localizedTitle('name'), localizedSummary('description'), slugField('name')],
}
