import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../access/accessDeclarations'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { localizedSummary, localizedTitle } from '../../fields/localizedText'
import { slugField } from '../../fields/slug'
import { editorialVersions } from '../editorialVersions'
import { communityActivity } from './endpoints/communityActivity'

/** A community's description is public; its forum and member list are not (see memberships, threads). */
export const Communities: CollectionConfig<'communities'> = {
  slug: 'communities',
  endpoints: [communityActivity],
  admin: { useAsTitle: 'name', group: 'Connect' },
  access: editorialAccess(publishedOrEditor),
  versions: editorialVersions,
  fields: [
    localizedTitle('name'),
    localizedSummary(),
    { name: 'description', type: 'richText', localized: true },
    { name: 'theme', type: 'relationship', relationTo: 'themes', admin: { position: 'sidebar' } },
    {
      name: 'membershipPolicy',
      type: 'select',
      defaultValue: 'approval',
      options: [{ label: 'Moderators approve each request', value: 'approval' }],
      admin: { position: 'sidebar' },
    },
    {
      name: 'moderatorProfiles',
      type: 'relationship',
      relationTo: 'experts',
      hasMany: true,
      admin: {
        description: 'Moderators named on the public page: only through expert profiles they agreed to make public.',
      },
    },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    slugField('name'),
  ],
}
