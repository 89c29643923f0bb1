import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'

import {
  communitySchema,
  courseSchema,
  eventSchema,
  expertSchema,
  resourceSchema,
  themeSchema,
  userSchema,
} from './content-schema'

/** The demo content, validated, as the seed consumes it. */
export type DemoContent = Awaited<ReturnType<typeof loadContent>>

const defaultContentDir = path.resolve(process.cwd(), 'content')

/** Reads every YAML file in `content/<kind>/`; a file holds one item or a list of items. */
const readKind = async <T extends z.ZodType>(dir: string, kind: string, schema: T): Promise<z.infer<T>[]> => {
  const folder = path.join(dir, kind)
  const files = (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort()
  const items: z.infer<T>[] = []
  for (const file of files) {
    const raw: unknown = parse(await readFile(path.join(folder, file), 'utf8'))
    const list = Array.isArray(raw) ? raw : [raw]
    list.forEach((item, index) => {
      const result = schema.safeParse(item)
      if (!result.success) {
        throw new Error(`content/${kind}/${file} item ${index + 1}: ${z.prettifyError(result.error)}`)
      }
      items.push(result.data)
    })
  }
  return items
}

const assertKnown = (known: Set<string>, refs: string[], where: string, what: string): void => {
  const unknown = refs.filter((ref) => !known.has(ref))
  if (unknown.length > 0) throw new Error(`${where}: unknown ${what} ${unknown.join(', ')}`)
}

const assertUnique = (slugs: string[], kind: string): void => {
  const seen = new Set<string>()
  for (const slug of slugs) {
    if (seen.has(slug)) throw new Error(`content/${kind}: duplicate slug ${slug}`)
    seen.add(slug)
  }
}

/** Loads and cross-checks the demo content: every reference must name an item that exists. */
export const loadContent = async (dir = defaultContentDir) => {
  const [themes, users, experts, courses, resources, events, communities] = await Promise.all([
    readKind(dir, 'themes', themeSchema),
    readKind(dir, 'users', userSchema),
    readKind(dir, 'experts', expertSchema),
    readKind(dir, 'courses', courseSchema),
    readKind(dir, 'resources', resourceSchema),
    readKind(dir, 'events', eventSchema),
    readKind(dir, 'communities', communitySchema),
  ])
  assertUnique(
    themes.map((t) => t.slug),
    'themes',
  )
  assertUnique(
    users.map((u) => u.key),
    'users',
  )
  assertUnique(
    experts.map((e) => e.slug),
    'experts',
  )
  assertUnique(
    courses.map((c) => c.slug),
    'courses',
  )
  assertUnique(
    resources.map((r) => r.slug),
    'resources',
  )
  assertUnique(
    events.map((e) => e.slug),
    'events',
  )
  assertUnique(
    communities.map((c) => c.slug),
    'communities',
  )

  const themeSlugs = new Set(themes.map((t) => t.slug))
  const expertSlugs = new Set(experts.map((e) => e.slug))
  const userKeys = new Set(users.map((u) => u.key))
  const communitySlugs = new Set(communities.map((c) => c.slug))
  const lessonSlugs = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.map((l) => `${c.slug}/${l.slug}`)))
  assertUnique(lessonSlugs, 'courses (lesson slugs within a course)')

  for (const expert of experts) assertKnown(themeSlugs, expert.themes, `experts/${expert.slug}`, 'theme')
  for (const course of courses) {
    assertKnown(themeSlugs, course.themes, `courses/${course.slug}`, 'theme')
    assertKnown(expertSlugs, course.instructors, `courses/${course.slug}`, 'expert')
    assertKnown(communitySlugs, course.community ? [course.community] : [], `courses/${course.slug}`, 'community')
  }
  for (const resource of resources) assertKnown(themeSlugs, resource.themes, `resources/${resource.slug}`, 'theme')
  for (const event of events) {
    assertKnown(themeSlugs, event.themes, `events/${event.slug}`, 'theme')
    assertKnown(expertSlugs, event.speakers, `events/${event.slug}`, 'expert')
    assertKnown(communitySlugs, event.community ? [event.community] : [], `events/${event.slug}`, 'community')
  }
  for (const community of communities) {
    const where = `communities/${community.slug}`
    assertKnown(themeSlugs, [community.theme], where, 'theme')
    assertKnown(expertSlugs, community.moderatorProfiles, where, 'expert')
    const people = [...community.moderators, ...community.members, ...community.pending]
    const authors = community.threads.flatMap((t) => [t.author, ...t.replies.map((r) => r.author)])
    assertKnown(userKeys, [...people, ...authors], where, 'user')
    const members = new Set([...community.moderators, ...community.members])
    assertKnown(members, authors, where, 'author who is not an approved member:')
  }
  return { themes, users, experts, courses, resources, events, communities }
}
