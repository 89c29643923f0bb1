import type { Field } from 'payload'

import { asDocument, serverOnlyField } from '../../access/fieldAccess'

/**
 * Asked for when a person changes her own e-mail address or password (cms/accounts/guardCredentials.ts);
 * checked, never stored, never sent back.
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  maxLength: 256,
  admin: {
    description: 'Needed only to change your own e-mail address or password.',
    condition: (data, _siblingData, { user }) => Boolean(user) && String(data?.id) === String(user?.id),
    components: { Field: '@payloadcms/ui#PasswordField' },
  },
  access: { read: serverOnlyField, create: serverOnlyField, update: asDocument },
}
