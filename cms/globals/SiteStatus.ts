import type { GlobalConfig } from 'payload'

import type { GlobalAccess } from '../access/accessDeclarations'
import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'
import { requestRebuildNow } from '../publishing/requestRebuildNow'

const readOnly = { readOnly: true }

/**
 * The state of the public portal, written by the server only: when a public change last asked
 * for a rebuild, what is building, when the live site was last published, and the last error.
 * Persisted, so a rebuild requested just before a restart is still done after it.
 */
export const SiteStatus: GlobalConfig<'site-status'> = {
  slug: 'site-status',
  label: 'Public site status',
  admin: {
    group: 'Settings',
    description: 'Publishing and unpublishing update the public site by themselves, within a minute or two.',
  },
  access: { read: isEditor, update: nobody, readVersions: nobody } satisfies GlobalAccess,
  endpoints: [{ path: '/rebuild', method: 'post', handler: requestRebuildNow }],
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'idle',
      options: [
        { label: 'Up to date', value: 'idle' },
        { label: 'Waiting to rebuild', value: 'queued' },
        { label: 'Building', value: 'building' },
        { label: 'Last build failed', value: 'failed' },
      ],
      admin: readOnly,
    },
    {
      name: 'rebuildNow',
      type: 'ui',
      admin: { components: { Field: '/components/RebuildNowButton#RebuildNowButton' } },
    },
    { name: 'lastPublishedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'requestedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'buildStartedAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', type: 'textarea', admin: readOnly },
    {
      name: 'lastBuild',
      type: 'group',
      admin: readOnly,
      fields: [
        { name: 'pages', type: 'number' },
        { name: 'seconds', type: 'number' },
        { name: 'directory', type: 'text' },
      ],
    },
  ],
}
