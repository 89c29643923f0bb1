import { resourceTypes } from '@contract/vocabularies'
import type { PortalContent } from '@site/lib/content'
import type { ResourceEntry } from '@contract/snapshotSchema'

/** A way to narrow the library, with a static page per value so filters work without JavaScript. */
export type LibraryFilter = { facet: 'theme' | 'type'; value: string }

export const libraryFilters = (content: PortalContent): LibraryFilter[] => [
  ...content.themes.map((theme) => ({ facet: 'theme' as const, value: theme.id })),
  ...resourceTypes.map((type) => ({ facet: 'type' as const, value: type })),
]

export const inFilter = (resource: ResourceEntry, filter?: LibraryFilter) =>
  !filter ? true : filter.facet === 'theme' ? resource.themes.includes(filter.value) : resource.type === filter.value

const listed = new WeakMap<PortalContent, Map<string, ResourceEntry[]>>()

/**
 * The resources a library page lists: all of them, or those of one theme or type. Worked out once per
 * filter and build, not once per page (a large library has hundreds of pages per filter).
 */
export const libraryResources = (content: PortalContent, filter?: LibraryFilter) => {
  const lists = listed.get(content) ?? new Map<string, ResourceEntry[]>()
  listed.set(content, lists)
  const key = filter ? `${filter.facet}:${filter.value}` : ''
  if (!lists.has(key))
    lists.set(
      key,
      content.resources.filter((resource) => inFilter(resource, filter)),
    )
  return lists.get(key)!
}
