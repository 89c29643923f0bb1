import type { CollectionConfig } from 'payload'

import { recordAccess } from '../../access/accessDeclarations'
import { createsForSelf } from '../../access/ownedByUser'
import { toOptions } from '../../fields/options'
import { membershipRoles, membershipStatuses } from '../../contract/vocabularies'
import { canDecideMembership, canReadMembership, canWithdrawMembership } from './access'
import { keepModeratorsToAdmins } from './hooks/keepModeratorsToAdmins'
import { recordApplicant } from './hooks/recordApplicant'
import { startAsPendingRequest } from './hooks/startAsPendingRequest'
import { tellMemberOfDecision } from './hooks/tellMemberOfDecision'

export const Memberships: CollectionConfig<'memberships'> = {
  slug: 'memberships',
  // Records of people and their acts: a copy would mean nothing (and break their uniqueness).
  disableDuplicate: true,
  admin: { defaultColumns: ['user', 'community', 'status', 'role'], group: 'Connect' },
  access: recordAccess({
    read: canReadMembership,
    create: createsForSelf,
    update: canDecideMembership,
    delete: canWithdrawMembership,
  }),
  indexes: [{ fields: ['user', 'community'], unique: true }],
  hooks: {
    beforeChange: [startAsPendingRequest, keepModeratorsToAdmins, recordApplicant],
    afterChange: [tellMemberOfDecision],
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'community', type: 'relationship', relationTo: 'communities', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: toOptions(membershipStatuses),
    },
    { name: 'role', type: 'select', required: true, defaultValue: 'member', options: toOptions(membershipRoles) },
    { name: 'message', type: 'textarea', maxLength: 1000, admin: { description: 'Why the person asks to join.' } },
    {
      name: 'applicant',
      type: 'group',
      admin: { readOnly: true, description: 'From the account, when the person asked to join (set by the server).' },
      fields: [
        { name: 'name', type: 'text', maxLength: 120 },
        { name: 'organisation', type: 'text', maxLength: 200 },
        { name: 'country', type: 'text', maxLength: 2 },
      ],
    },
  ],
}
