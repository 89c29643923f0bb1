import { resourceTypes } from '@cms/shared/vocabularies'
import type { PortalContent } from '@site/lib/content'
import type { ResourceEntry } from '@site/snapshot-schema'

/** A way to narrow the library, with a static page per value so filters work without JavaScript. */
export type LibraryFilter = { facet: 'theme' | 'type'; value: string }

export const libraryFilters = (content: PortalContent): LibraryFilter[] => [
  ...content.themes.map((theme) => ({ facet: 'theme' as const, value: theme.id })),
  ...resourceTypes.map((type) => ({ facet: 'type' as const, value: type })),
]

export const inFilter = (resource: ResourceEntry, filter?: LibraryFilter) =>
  !filter ? true : filter.facet === 'theme' ? resource.themes.includes(filter.value) : resource.type === filter.value

/** The resources a library page lists: all of them, or those of one theme or type. */
export const libraryResources = (content: PortalContent, filter?: LibraryFilter) => content.resources.filter((resource) => inFilter(resource, filter))
