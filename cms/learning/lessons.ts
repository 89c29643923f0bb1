import type { PayloadRequest } from 'payload'

import type { LessonsSelect } from '../payload-types'
import { defaultLocale } from '../contract/locales'
import { relationKey } from '../lib/relationId'

type Id = number | string

/** What each use reads of a lesson: its language's title costs a join, so "my learning" goes without. */
export const lessonFields = {
  listing: { slug: true },
  progress: { slug: true, title: true, durationMinutes: true, course: true, _status: true },
} as const satisfies Record<string, LessonsSelect>

/**
 * Of these lessons, the ones the user may read (closed-course lessons only for active or completed
 * enrollees, the course's instructors and editors), by id, in one query with her own rights.
 */
export const readableLessons = async <Fields extends LessonsSelect>(req: PayloadRequest, ids: Id[], select: Fields) => {
  const found = async () =>
    req.payload.find({
      collection: 'lessons',
      where: { id: { in: [...new Set(ids)] } },
      select,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      locale: req.locale ?? defaultLocale,
      req,
    })
  const docs = ids.length === 0 ? [] : (await found()).docs
  return new Map(docs.map((lesson) => [relationKey(lesson.id), lesson]))
}
