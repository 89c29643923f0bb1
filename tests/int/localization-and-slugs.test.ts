import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import { asServer, asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

describe('localization', () => {
  test('a translated title is served in its language; an untranslated one falls back to English', async () => {
    await payload.update({
      collection: 'courses',
      id: world.openCourse,
      locale: 'ar',
      data: { title: 'دورة مفتوحة' },
      ...asServer,
    })
    const inArabic = await payload.findByID({ collection: 'courses', id: world.openCourse, locale: 'ar', ...asUser() })
    const inRussian = await payload.findByID({ collection: 'courses', id: world.openCourse, locale: 'ru', ...asUser() })
    expect(inArabic.title).toBe('دورة مفتوحة')
    expect(inRussian.title).toBe('Course open')
  })

  test('asking for all locales returns every translation side by side', async () => {
    await payload.update({
      collection: 'courses',
      id: world.openCourse,
      locale: 'ar',
      data: { title: 'دورة مفتوحة' },
      ...asServer,
    })
    const all = (await payload.findByID({
      collection: 'courses',
      id: world.openCourse,
      locale: 'all',
      ...asUser(),
    })) as unknown as {
      title: Record<string, string>
    }
    expect(all.title.en).toBe('Course open')
    expect(all.title.ar).toBe('دورة مفتوحة')
  })
})

describe('slugs', () => {
  test('two courses cannot share a slug', async () => {
    await expect(
      payload.create({
        collection: 'courses',
        data: { title: 'Copy', slug: `open-${world.run}`, format: 'self-paced', access: 'open', _status: 'published' },
        ...asServer,
      }),
    ).rejects.toThrow(/slug/)
  })

  test('a slug is derived from the English title when none is given', async () => {
    const id = await world.create('resources', { title: `Guide to Safer Stadiums ${world.run}`, type: 'guide' })
    const resource = await payload.findByID({ collection: 'resources', id, ...asServer })
    expect(resource.slug).toBe(`guide-to-safer-stadiums-${world.run}`)
  })

  test('lesson slugs are unique within a course but may repeat across courses', async () => {
    await world.create('lessons', { course: world.closedCourse, title: 'Intro', slug: `open-lesson-${world.run}` })
    await expect(
      payload.create({
        collection: 'lessons',
        data: { course: world.openCourse, title: 'Intro', slug: `open-lesson-${world.run}` },
        ...asServer,
      }),
    ).rejects.toThrow()
  })
})
