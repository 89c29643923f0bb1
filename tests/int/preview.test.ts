import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/**
 * Editors preview a draft page as the portal will render it, on demand; nobody else can, and
 * the preview never touches the public build.
 */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const previews = () => readdirSync(tmpdir()).filter((name) => name.startsWith('connect-learn-preview-'))
/** Scratch folders other processes on this machine may have left; only this file's own must be gone. */
const leftBefore = new Set(previews())
const newScratchFolders = () => previews().filter((name) => !leftBefore.has(name))
let resource: number | string
let tokens: Record<'editor' | 'admin' | 'learner' | 'instructor', string>

beforeAll(async () => {
  resource = await world.create('resources', {
    _status: 'published',
    title: `Published title ${world.run}`,
    slug: `previewed-${world.run}`,
    type: 'guide',
  })
  await payload.update({
    collection: 'resources',
    id: resource,
    draft: true,
    data: { title: `Draft title zqpreviewmarker ${world.run}` },
    ...asServer,
  })
  await payload.update({
    collection: 'resources',
    id: resource,
    draft: true,
    locale: 'ar',
    data: { title: `عنوان المسودة ${world.run}` },
    ...asServer,
  })
  const password = (key: string) => `pw-${world.run}-${key}`
  tokens = {
    editor: await logIn(world.users.editor.email, password('editor')),
    admin: await logIn(world.users.admin.email, password('admin')),
    learner: await logIn(world.users.learner.email, password('learner')),
    instructor: await logIn(world.users.instructor.email, password('instructor')),
  }
}, 120_000)

describe('previewing a draft', () => {
  test('an editor sees the draft page, marked as a preview and not for indexing', async () => {
    const { status, json } = await rest({ path: `/resources/${resource}/preview?locale=en`, token: tokens.editor })
    expect(status).toBe(200)
    const html = json.raw as string
    expect(html).toContain('zqpreviewmarker')
    expect(html).toContain('class="preview-banner"')
    expect(html).toContain('name="robots" content="noindex, nofollow"')
  }, 120_000)

  test('in the language asked for, right to left in Arabic', async () => {
    const { status, json } = await rest({ path: `/resources/${resource}/preview?locale=ar`, token: tokens.admin })
    expect(status).toBe(200)
    expect(json.raw).toContain('dir="rtl"')
    expect(json.raw).toContain(`عنوان المسودة ${world.run}`)
    expect(newScratchFolders()).toEqual([])
  }, 120_000)

  test('a draft course and a draft event can be previewed too', async () => {
    const event = await world.create('events', {
      _status: 'draft',
      title: `Draft event zqeventpreview ${world.run}`,
      slug: `draft-event-${world.run}`,
      type: 'webinar',
      startsAt: '2031-01-01T10:00:00Z',
      endsAt: '2031-01-01T11:00:00Z',
      timeZone: 'UTC',
    })
    const event_ = await rest({ path: `/events/${event}/preview?locale=fr`, token: tokens.editor })
    expect(event_.status).toBe(200)
    expect(event_.json.raw).toContain('zqeventpreview')
    const course = await rest({ path: `/courses/${world.draftCourse}/preview?locale=es`, token: tokens.editor })
    expect(course.status).toBe(200)
    expect(course.json.raw).toContain('lang="es"')
  }, 240_000)

  test.each(['learner', 'instructor', 'anonymous'] as const)('%s is refused', async (who) => {
    const { status, json } = await rest({
      path: `/resources/${resource}/preview?locale=en`,
      token: who === 'anonymous' ? undefined : tokens[who],
    })
    expect(status).toBe(403)
    expect(JSON.stringify(json)).not.toContain('zqpreviewmarker')
  })

  test('bad input gets a clear error', async () => {
    expect((await rest({ path: `/resources/${resource}/preview?locale=xx`, token: tokens.editor })).status).toBe(400)
    expect((await rest({ path: '/resources/999999999/preview?locale=en', token: tokens.editor })).status).toBe(404)
  })
})
