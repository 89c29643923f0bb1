import type { CollectionConfig } from 'payload'

import {
  canDeleteCommunityContent,
  canReadCommunityContent,
  canUpdateCommunityContent,
} from '../../access/communityContent'
import { assignAuthor } from '../../hooks/assignAuthor'
import { guardModeration } from '../../hooks/guardModeration'
import { limitPostingPerAccount } from '../../hooks/limitPostingPerAccount'
import { canStartThread } from './canStartThread'
import { authorNameField, bodyHtmlField } from '../../forum/forumFields'
import { recordAccess } from '../../access/accessDeclarations'
import { asDocument, serverOnlyField } from '../../access/fieldAccess'
import { startActivity } from './hooks/markActivity'
import { throttlePostingPerAddress } from '../../accounts/throttle/throttlePostingPerAddress'

export const Threads: CollectionConfig<'threads'> = {
  slug: 'threads',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'community', 'author', 'pinned', 'locked'],
    group: 'Connect',
  },
  access: recordAccess({
    read: canReadCommunityContent,
    create: canStartThread,
    update: canUpdateCommunityContent,
    delete: canDeleteCommunityContent,
  }),
  hooks: {
    beforeOperation: [throttlePostingPerAddress()],
    beforeChange: [limitPostingPerAccount, assignAuthor, guardModeration, startActivity],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 20000,
      admin: { description: 'Markdown; sanitised when shown.' },
    },
    { name: 'community', type: 'relationship', relationTo: 'communities', required: true, index: true },
    { name: 'author', type: 'relationship', relationTo: 'users', index: true },
    authorNameField,
    bodyHtmlField,
    {
      type: 'row',
      fields: [
        { name: 'pinned', type: 'checkbox', defaultValue: false },
        { name: 'locked', type: 'checkbox', defaultValue: false },
        { name: 'hidden', type: 'checkbox', defaultValue: false, index: true },
      ],
    },
    {
      name: 'lastActivityAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, description: 'Set by the server: when the discussion started or last had a reply.' },
      access: { read: asDocument, create: serverOnlyField, update: serverOnlyField },
    },
  ],
}
