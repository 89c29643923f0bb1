import type { Payload } from 'payload'

import type { DemoContent } from './load-content'
import type { MarkdownConverter } from './richText'

type Id = number | string

/** What every seed step needs: the content, the Markdown converter and the ids made so far. */
export type SeedContext = {
  payload: Payload
  content: DemoContent
  markdown: MarkdownConverter
  ids: {
    themes: Map<string, Id>
    users: Map<string, Id>
    experts: Map<string, Id>
    communities: Map<string, Id>
    courses: Map<string, Id>
    lessons: Map<string, Id>
  }
}

/** Looks up ids by content key; a missing key is a content error worth stopping for. */
export const idsOf = (map: Map<string, Id>, keys: string[]): Id[] =>
  keys.map((key) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`seed: nothing seeded under "${key}"`)
    return id
  })

export const published = { _status: 'published' } as const
