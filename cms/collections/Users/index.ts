import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { canUseAdminPanel } from '../../access/canUseAdminPanel'
import { nobody } from '../../access/nobody'
import { isSelfOrAdmin, isSelfOrAdminField } from '../../access/isSelfOrAdmin'
import { locales } from '../../contract/locales'
import { genders, roles, sectors } from '../../contract/roles'
import { toOptions } from '../../fields/options'
import { authSettings } from './authSettings'
import { exportMyData } from './endpoints/exportMyData'
import { forgetUserOnDelete } from './hooks/forgetUserOnDelete'
import { asDocument, serverOnlyField } from '../../access/fieldAccess'
import { recordPrivacyNoticeAccepted } from './hooks/recordPrivacyNoticeAccepted'
import { guardCredentials } from '../../accounts/guardCredentials'
import { endOtherSessions } from '../../accounts/endOtherSessions'
import { forgetFailedSignIns, throttleAccountRequests } from '../../accounts/throttle/throttleAccountRequests'
import { currentPasswordField } from './currentPasswordField'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  auth: authSettings,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'], group: 'People' },
  endpoints: [exportMyData],
  hooks: {
    beforeOperation: [throttleAccountRequests, guardCredentials],
    afterLogin: [forgetFailedSignIns],
    beforeChange: [recordPrivacyNoticeAccepted],
    afterChange: [endOtherSessions],
    beforeDelete: [forgetUserOnDelete],
  },
  access: {
    // Registration is open; the roles field below cannot be set by the registrant.
    create: anyone,
    read: isSelfOrAdmin,
    update: isSelfOrAdmin,
    delete: isSelfOrAdmin,
    readVersions: nobody,
    // Lifting a sign-in back-off is an admin's act (anyone else could use it to keep guessing).
    unlock: isAdmin,
    admin: canUseAdminPanel,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    currentPasswordField,
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['learner'],
      saveToJWT: true,
      options: toOptions(roles),
      access: { read: asDocument, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'organisation', type: 'text', maxLength: 200 },
    { name: 'sector', type: 'select', options: toOptions(sectors) },
    { name: 'country', type: 'text', maxLength: 2, admin: { description: 'ISO 3166-1 alpha-2 code, e.g. KE' } },
    {
      name: 'preferredLanguage',
      type: 'select',
      defaultValue: 'en',
      options: locales.map((locale) => ({ label: locale.label, value: locale.code })),
    },
    {
      name: 'gender',
      type: 'select',
      options: toOptions(genders),
      access: { read: isSelfOrAdminField, create: asDocument, update: asDocument },
      admin: {
        description:
          'Optional and self-declared. Used only in aggregate statistics on who the programme reaches; never shown to others.',
      },
    },
    {
      name: 'consent',
      type: 'group',
      access: { read: isSelfOrAdminField, create: asDocument, update: asDocument },
      fields: [
        {
          name: 'privacyNoticeAcceptedAt',
          type: 'date',
          admin: {
            readOnly: true,
            description: 'Set by the server when the person registers (the form shows the notice).',
          },
          access: { read: asDocument, create: serverOnlyField, update: serverOnlyField },
        },
        { name: 'newsletter', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}
