import type { Payload } from 'payload'

import type { DemoContent } from './load-content'
import type { MarkdownConverter } from './richText'
import type { Community, Course, Expert, Lesson, Theme, User } from '../payload-types'

/** What every seed step needs: the content, the Markdown converter and the ids made so far. */
export type SeedContext = {
  payload: Payload
  content: DemoContent
  markdown: MarkdownConverter
  ids: {
    themes: Map<string, Theme['id']>
    users: Map<string, User['id']>
    experts: Map<string, Expert['id']>
    communities: Map<string, Community['id']>
    courses: Map<string, Course['id']>
    lessons: Map<string, Lesson['id']>
  }
}

/** Looks up ids by content key; a missing key is a content error worth stopping for. */
export const idsOf = <Id>(map: Map<string, Id>, keys: string[]): Id[] =>
  keys.map((key) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`seed: nothing seeded under "${key}"`)
    return id
  })

export const published = { _status: 'published' } as const
