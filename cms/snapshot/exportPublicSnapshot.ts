import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import type { ResourceEntry } from '../contract/snapshotSchema'
import { localizedText } from './localized'
import {
  communityView,
  courseView,
  eventView,
  expertView,
  lessonView,
  resourceView,
  slugsOf,
  themeView,
  type SlugMaps,
} from './views'

/**
 * Reading as the public: no user, access control enforced, published documents only, every
 * language. Whatever an anonymous visitor may not read cannot reach the snapshot.
 */
const asPublic = {
  overrideAccess: false,
  user: null,
  draft: false,
  locale: 'all',
  depth: 0,
  pagination: false,
} as const

/* eslint-disable @typescript-eslint/no-explicit-any -- see views.ts */
const readAll = async (payload: Payload, collection: CollectionSlug): Promise<Record<string, any>[]> =>
  (await payload.find({ collection, ...asPublic })).docs

const slugMap = (docs: Record<string, any>[]) => new Map(docs.map((doc) => [doc.id, doc.slug as string]))

/** A draft an editor previews: it takes the place of its published version (or joins the list). */
export type DraftForPreview = { collection: 'courses' | 'resources' | 'events'; doc: Record<string, any> }

const withDraft = (docs: Record<string, any>[], draft: Record<string, any>) => [
  ...docs.filter((doc) => doc.id !== draft.id),
  draft,
]

/**
 * Writes the public snapshot: one JSON file per kind into `outDir`, and the public files the
 * library links to into `outDir/media`. Returns the number of entries per file. With `draft`, the
 * snapshot is the public one plus that draft — for an editor's preview, never for the public build.
 * With `mediaDir: null` the files are not copied (a preview links to the live site's copies).
 */
export const exportPublicSnapshot = async ({
  payload,
  outDir,
  mediaDir,
  draft,
}: {
  payload: Payload
  outDir: string
  mediaDir: string | null
  draft?: DraftForPreview
}) => {
  const read = async (slug: CollectionSlug) => {
    const docs = await readAll(payload, slug)
    return draft?.collection === slug ? withDraft(docs, draft.doc) : docs
  }
  const [themes, experts, communities, courses, lessons, resources, events, media] = await Promise.all(
    (['themes', 'experts', 'communities', 'courses', 'lessons', 'resources', 'events', 'media'] as const).map(read),
  )
  const courseIds = new Map(courses.map((doc) => [doc.id, doc]))
  const maps: SlugMaps = {
    themes: slugMap(themes),
    experts: slugMap(experts),
    communities: slugMap(communities),
    courses: slugMap(courses),
    lessons: slugMap(lessons.filter((lesson) => courseIds.get(lesson.course)?.access === 'open')),
  }
  await rm(outDir, { recursive: true, force: true })
  await mkdir(path.join(outDir, 'media'), { recursive: true })

  const mediaById = new Map(media.map((doc) => [doc.id, doc]))
  const fileOf = async (id: unknown): Promise<ResourceEntry['file']> => {
    const doc = id ? mediaById.get(id as number) : undefined
    if (!doc?.filename) return null
    if (mediaDir) await copyFile(path.join(mediaDir, doc.filename), path.join(outDir, 'media', doc.filename))
    return { path: `/media/${doc.filename}`, filename: doc.filename, mimeType: doc.mimeType, bytes: doc.filesize }
  }
  // Read with locale 'all', its texts are per-language objects where the generated type says strings.
  const settings: Record<string, any> = await payload.findGlobal({ slug: 'site-settings', ...asPublic })

  const files = {
    themes: themes.map(themeView),
    experts: experts.map((doc) => expertView(doc, maps)),
    communities: communities.map((doc) => communityView(doc, maps)),
    courses: courses.map((doc) => courseView(doc, maps)),
    lessons: lessons.map((doc) => lessonView(doc, maps)).filter((entry) => entry !== null),
    resources: await Promise.all(resources.map(async (doc) => resourceView(doc, maps, await fileOf(doc.file)))),
    events: events.map((doc) => eventView(doc, maps)),
    settings: [
      {
        id: 'site',
        siteName: localizedText(settings.siteName),
        tagline: localizedText(settings.tagline),
        featuredCourses: slugsOf(maps.courses, settings.featuredCourses),
      },
    ],
  }
  for (const [name, entries] of Object.entries(files)) {
    await writeFile(path.join(outDir, `${name}.json`), JSON.stringify(entries))
  }
  return Object.fromEntries(Object.entries(files).map(([name, entries]) => [name, entries.length]))
}
