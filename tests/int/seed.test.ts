import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { seed } from '../../cms/seed'
import { loadContent, type DemoContent } from '../../cms/seed/load-content'
import { asServer } from '../helpers/asUser'
import { testPayload } from '../helpers/payload'

let payload: Payload
let content: DemoContent
/** The accounts the first run of the seed created (it prints them once). */
let firstRunAccounts: Awaited<ReturnType<typeof seed>>

/** Timestamps and array-row ids change on every write; everything else must come out the same. */
const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['updatedAt', 'createdAt', 'sessions', 'salt', 'hash'].includes(key))
      .map(([key, inner]) => [
        key,
        key === 'id' && typeof inner === 'string' && inner.length === 24 ? '<row>' : stable(inner),
      ]),
  )
}

/** Everything the seed owns, found by the natural keys in content/, in every language. */
const seededData = async () => {
  const slugs = (items: { slug: string }[]) => ({ slug: { in: items.map((item) => item.slug) } })
  const users = await payload.find({
    collection: 'users',
    where: { email: { in: content.users.map((u) => u.email) } },
    pagination: false,
    ...asServer,
  })
  const communities = await payload.find({
    collection: 'communities',
    where: slugs(content.communities),
    pagination: false,
    ...asServer,
  })
  const courses = await payload.find({
    collection: 'courses',
    where: slugs(content.courses),
    pagination: false,
    ...asServer,
  })
  const userIds = users.docs.map((doc) => doc.id)
  const queries: [CollectionSlug, Where][] = [
    ['themes', slugs(content.themes)],
    ['experts', slugs(content.experts)],
    ['communities', slugs(content.communities)],
    ['courses', slugs(content.courses)],
    ['lessons', { course: { in: courses.docs.map((doc) => doc.id) } }],
    ['resources', slugs(content.resources)],
    ['events', slugs(content.events)],
    ['memberships', { community: { in: communities.docs.map((doc) => doc.id) } }],
    ['threads', { community: { in: communities.docs.map((doc) => doc.id) } }],
    ['posts', { community: { in: communities.docs.map((doc) => doc.id) } }],
    ['enrolments', { user: { in: userIds } }],
    ['lesson-progress', { user: { in: userIds } }],
  ]
  const result: Record<string, unknown> = { users: stable(users.docs) }
  for (const [collection, where] of queries) {
    const { docs } = await payload.find({
      collection,
      where,
      locale: 'all',
      pagination: false,
      sort: 'id',
      ...asServer,
    })
    result[collection] = stable(docs)
  }
  return result as Record<string, unknown[]>
}

// The seed runs once for the file; every test reads what it wrote, none relies on another test.
beforeAll(async () => {
  payload = await testPayload()
  content = await loadContent()
  firstRunAccounts = await seed(payload)
}, 600_000)

describe('the demo content seed', () => {
  test('fills the database with every item of content/, in six languages', async () => {
    expect(firstRunAccounts.map((account) => account.email).sort()).toEqual(
      content.users.map((user) => user.email).sort(),
    )
    const data = await seededData()
    expect(data.themes).toHaveLength(content.themes.length)
    expect(data.courses).toHaveLength(content.courses.length)
    expect(data.resources).toHaveLength(content.resources.length)
    expect(data.events).toHaveLength(content.events.length)
    expect(data.experts).toHaveLength(content.experts.length)
    const lessons = content.courses.reduce(
      (sum, course) => sum + course.modules.reduce((n, m) => n + m.lessons.length, 0),
      0,
    )
    expect(data.lessons).toHaveLength(lessons)
    const firstCourse = data.courses[0] as { title: Record<string, string> }
    expect(Object.keys(firstCourse.title).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh'])
  }, 600_000)

  test('run a second time, changes nothing and creates no account', async () => {
    const before = await seededData()
    const accounts = await seed(payload)
    expect(accounts).toEqual([])
    expect(await seededData()).toEqual(before)
  }, 600_000)

  test('keeps upcoming demo events in the future whatever day it runs', async () => {
    const upcoming = content.events.filter((event) => event.startInDays > 0).map((event) => event.slug)
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { in: upcoming } },
      pagination: false,
      ...asServer,
    })
    expect(docs).toHaveLength(upcoming.length)
    expect(docs.every((event) => new Date(event.startsAt) > new Date())).toBe(true)
  })

  test('publishes closed courses in the catalogue but not their lessons', async () => {
    const closed = content.courses.filter((course) => course.access === 'closed').map((course) => course.slug)
    const anonymous = { overrideAccess: false, user: null } as const
    const courses = await payload.find({
      collection: 'courses',
      where: { slug: { in: closed } },
      pagination: false,
      ...anonymous,
    })
    expect(courses.docs).toHaveLength(closed.length)
    const lessons = await payload.find({
      collection: 'lessons',
      where: { course: { in: courses.docs.map((c) => c.id) } },
      pagination: false,
      ...anonymous,
    })
    expect(lessons.docs).toHaveLength(0)
  })
})
