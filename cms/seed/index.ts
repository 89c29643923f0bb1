import type { Payload } from 'payload'

import type { SeedContext } from './context'
import { loadContent } from './load-content'
import { makeMarkdownConverter } from './richText'
import { seedCommunities } from './seedCommunities'
import { seedCourses } from './seedCourses'
import { seedEvents } from './seedEvents'
import { seedExperts } from './seedExperts'
import { seedLearning } from './seedLearning'
import { seedResources } from './seedResources'
import { seedSiteSettings } from './seedSiteSettings'
import { seedThemes } from './seedThemes'
import { seedUsers, type DemoAccount } from './seedUsers'

export type { DemoAccount }

/**
 * Writes the demo content from content/ into the database. Idempotent: every document is found by
 * its natural key (slug, email, user × course …) and brought back to the files' values.
 * Returns the demo accounts created by this run, with their passwords, for printing once.
 */
export const seed = async (payload: Payload, contentDir?: string): Promise<DemoAccount[]> => {
  const context: SeedContext = {
    payload,
    content: await loadContent(contentDir),
    markdown: await makeMarkdownConverter(payload),
    ids: {
      themes: new Map(),
      users: new Map(),
      experts: new Map(),
      communities: new Map(),
      courses: new Map(),
      lessons: new Map(),
    },
  }
  const step = async (name: string, run: () => Promise<unknown>) => {
    const started = Date.now()
    const result = await run()
    payload.logger.info(`seed: ${name} (${Date.now() - started} ms)`)
    return result
  }
  await step('themes', () => seedThemes(context))
  const accounts = (await step('users', () => seedUsers(context))) as DemoAccount[]
  await step('experts', () => seedExperts(context))
  await step('communities, memberships and forums', () => seedCommunities(context))
  await step('courses and lessons', () => seedCourses(context))
  await step('resources', () => seedResources(context))
  await step('events', () => seedEvents(context))
  await step('enrolments and progress', () => seedLearning(context))
  await step('site settings', () => seedSiteSettings(context))
  return accounts
}

/** True when the database holds no user yet: the first start of a fresh installation. */
export const isEmptyDatabase = async (payload: Payload) =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
