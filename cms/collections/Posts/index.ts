import type { CollectionConfig } from 'payload'

import {
  canDeleteCommunityContent,
  canReadCommunityContent,
  canUpdateCommunityContent,
} from '../../access/communityContent'
import { assignAuthor } from '../../hooks/assignAuthor'
import { guardModeration } from '../../hooks/guardModeration'
import { limitPostingPerAccount } from '../../hooks/limitPostingPerAccount'
import { canReply } from './canReply'
import { reportPost } from './endpoints/reportPost'
import { editWindow } from './hooks/editWindow'
import { inheritThread } from './hooks/inheritThread'
import { authorNameField, bodyHtmlField } from '../../forum/forumFields'
import { recordAccess } from '../../access/accessDeclarations'
import { asDocument, serverOnlyField } from '../../access/fieldAccess'
import { isModeratorField } from '../../access/isModeratorField'
import { markThreadActive } from '../Threads/hooks/markActivity'
import { throttlePostingPerAddress } from '../../accounts/throttle/throttlePostingPerAddress'

export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { defaultColumns: ['thread', 'author', 'createdAt', 'hidden'], group: 'Connect' },
  access: recordAccess({
    read: canReadCommunityContent,
    create: canReply,
    update: canUpdateCommunityContent,
    delete: canDeleteCommunityContent,
  }),
  hooks: {
    beforeOperation: [throttlePostingPerAddress()],
    beforeChange: [limitPostingPerAccount, inheritThread, assignAuthor, guardModeration, editWindow],
    afterChange: [markThreadActive],
  },
  endpoints: [reportPost],
  fields: [
    { name: 'thread', type: 'relationship', relationTo: 'threads', required: true, index: true },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 20000,
      admin: { description: 'Markdown; sanitised when shown.' },
    },
    { name: 'community', type: 'relationship', relationTo: 'communities', index: true, admin: { readOnly: true } },
    { name: 'author', type: 'relationship', relationTo: 'users', index: true },
    authorNameField,
    bodyHtmlField,
    { name: 'hidden', type: 'checkbox', defaultValue: false, index: true },
    {
      name: 'reported',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Flagged by a member (POST /api/posts/{id}/report); moderators clear it.' },
      access: { read: isModeratorField, create: serverOnlyField, update: isModeratorField },
    },
    {
      name: 'editedAt',
      type: 'date',
      admin: { readOnly: true },
      access: { read: asDocument, create: serverOnlyField, update: serverOnlyField },
    },
  ],
}
