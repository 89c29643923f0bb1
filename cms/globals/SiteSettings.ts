import type { GlobalConfig } from 'payload'

import type { GlobalAccess } from '../access/accessDeclarations'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { requestSiteRebuildOnGlobal } from '../hooks/requestSiteRebuild'
import { localizedSummary, localizedTitle } from '../fields/localizedText'

export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: isEditor, readVersions: isEditor } satisfies GlobalAccess,
  hooks: { afterChange: [requestSiteRebuildOnGlobal] },
  fields: [
    localizedTitle('siteName'),
    localizedSummary('tagline'),
    { name: 'contactEmail', type: 'email' },
    { name: 'featuredCourses', type: 'relationship', relationTo: 'courses', hasMany: true, maxRows: 6 },
    { name: 'featuredResources', type: 'relationship', relationTo: 'resources', hasMany: true, maxRows: 6 },
  ],
}
