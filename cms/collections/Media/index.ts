import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { allowedUploadTypes } from './allowedUploadTypes'
import { canCreateMedia, canReadMedia } from './canReadMedia'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  admin: { group: 'Library' },
  access: {
    read: canReadMedia,
    create: canCreateMedia,
    update: isEditor,
    delete: isEditor,
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? '.data/media',
    mimeTypes: allowedUploadTypes,
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, maxLength: 300 },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Community members only', value: 'members' },
      ],
    },
    {
      name: 'community',
      type: 'relationship',
      relationTo: 'communities',
      index: true,
      admin: { description: 'For files shared inside a community: only its members see them.', condition: (data) => data?.visibility === 'members' },
    },
  ],
}
