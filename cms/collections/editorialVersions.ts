import type { CollectionConfig } from 'payload'

/**
 * Editorial content has drafts, a version history, and publishing (or unpublishing) scheduled for
 * a later time; the build worker's job runner carries scheduled changes out.
 */
export const editorialVersions: CollectionConfig['versions'] = { drafts: { schedulePublish: true }, maxPerDoc: 20 }
