import type { PayloadRequest } from 'payload'

import { defaultLocale } from '../contract/locales'
import { relationKey } from '../lib/relationId'

type Id = number | string

const findReadable = async (req: PayloadRequest, ids: Id[]) => {
  const { docs } = await req.payload.find({
    collection: 'lessons',
    where: { id: { in: [...new Set(ids)] } },
    select: { slug: true, title: true, durationMinutes: true, course: true, _status: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? defaultLocale,
    req,
  })
  return docs
}

export type ReadableLesson = Awaited<ReturnType<typeof findReadable>>[number]

/**
 * Of these lessons, the ones the user may read (closed-course lessons only for active or completed
 * enrollees, the course's instructors and editors), by id, in one query with her own rights.
 */
export const readableLessons = async (req: PayloadRequest, ids: Id[]): Promise<Map<string, ReadableLesson>> =>
  new Map((ids.length === 0 ? [] : await findReadable(req, ids)).map((lesson) => [relationKey(lesson.id), lesson]))
