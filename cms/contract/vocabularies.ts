/** Closed vocabularies shared by the CMS fields, the seed content and the portal filters. */

export const courseFormats = ['self-paced', 'instructor-led'] as const
export const courseAccess = ['open', 'closed'] as const
export const courseLevels = ['introductory', 'intermediate', 'advanced'] as const

export const resourceTypes = [
  'publication',
  'toolkit',
  'guide',
  'training-material',
  'video',
  'legal-instrument',
  'report',
  'policy-brief',
] as const

export const licences = ['cc-by-4.0', 'cc-by-nc-4.0', 'cc-by-nc-nd-4.0', 'un-copyright', 'public-domain'] as const

export const eventTypes = ['webinar', 'workshop', 'conference', 'community-meeting'] as const

export const enrolmentStatuses = ['pending', 'active', 'completed', 'withdrawn', 'rejected'] as const

export const membershipStatuses = ['pending', 'approved', 'rejected', 'banned'] as const
export const membershipRoles = ['member', 'moderator'] as const
