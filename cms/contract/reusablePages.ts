/**
 * Where item pages are written, and which of them an incremental build may carry over from the
 * previous build: the collections large enough for it to pay. Shared by the site (which then
 * renders only the changed items) and the build scripts (which copy the rest, or serve a preview);
 * no path aliases here, so plain Node can import it.
 */
export const reusableCollections = ['resources', 'events'] as const
export type ReusableCollection = (typeof reusableCollections)[number]

/** Every collection with a page per item, by the route's name. */
export type ItemCollection = 'courses' | 'lessons' | 'resources' | 'events' | 'experts' | 'communities'

/** Collections an editor can preview a draft of, and the section their pages live in. */
export const previewSections = { courses: 'courses', resources: 'library', events: 'events' } as const
export type PreviewableCollection = keyof typeof previewSections

/** The HTML file of one item's page in one language, relative to the build directory. */
export const itemPageFile = (collection: PreviewableCollection, lang: string, id: string) =>
  `${lang}/${previewSections[collection]}/${id}/index.html`

/** The files of one item's page in one language that an incremental build carries over. */
export const reusableFiles = (collection: ReusableCollection, lang: string, id: string) =>
  collection === 'events'
    ? [itemPageFile(collection, lang, id), `${lang}/events/${id}.ics`]
    : [itemPageFile(collection, lang, id)]

/** The page's own URL path, as the sitemap lists it. */
export const reusableUrlPath = (collection: ReusableCollection, lang: string, id: string) =>
  `/${lang}/${previewSections[collection]}/${id}/`

/**
 * What a partial build is told. Incremental: `render` lists the items to render of the reusable
 * collections (every other page is rendered in full). Preview: only the listed items are rendered.
 */
export type PartialBuildSpec = {
  render: Partial<Record<ItemCollection, string[]>>
  reusedUrlPaths: string[]
  preview?: boolean
}
