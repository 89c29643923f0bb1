import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access/isEditor'
import { allowedUploadTypes } from '../../contract/uploads'
import { canCreateMedia, canReadMedia } from './canReadMedia'
import { limitUploadsPerAccount } from './hooks/limitUploadsPerAccount'
import { recordUploader } from './hooks/recordUploader'
import { recordAccess } from '../../access/accessDeclarations'
import { serverOnlyField } from '../../access/fieldAccess'
import { isUploaderOrStaffField } from './isUploaderOrStaffField'
import { settings } from '../../config/settings'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { group: 'Library' },
  access: recordAccess({ read: canReadMedia, create: canCreateMedia, update: isEditor, delete: isEditor }),
  // The uploader is recorded before the quota counts (the quota sums the uploader's files).
  hooks: { beforeChange: [recordUploader, limitUploadsPerAccount] },
  upload: {
    staticDir: settings().MEDIA_DIR,
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
      admin: {
        description: 'For files shared inside a community: only its members see them.',
        condition: (data) => data?.visibility === 'members',
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      // The uploader and staff see who it was; other members see the file, not its account.
      access: { read: isUploaderOrStaffField, create: serverOnlyField, update: serverOnlyField },
      admin: { readOnly: true, position: 'sidebar', description: 'Set by the server on upload.' },
    },
  ],
}
