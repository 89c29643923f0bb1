import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { logIn, messagesOf, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World
let editorToken: string

useWorld((made) => ({ payload, world } = made))

beforeAll(async () => {
  editorToken = await logIn(world.users.editor.email, `pw-${world.run}-editor`)
})

/** Courses stored under a title: the refused course carries one no other test uses. */
const coursesTitled = async (title: string) =>
  (await payload.count({ collection: 'courses', where: { title: { equals: title } }, overrideAccess: true })).totalDocs

describe('bad input to the REST API gets a 4xx with a clear message and changes nothing', () => {
  test.each([
    ['an unknown field', { colour: 'blue' }, /Unknown field: colour/],
    ['an unknown field inside an array row', { cohorts: [{ name: 'C', startDate: '2030-01-01', endDate: '2030-02-01', capacity: 5, colour: 'x' }] }, /Unknown field: cohorts\.0\.colour/],
    ['a number field given text', { durationHours: 'many' }, /durationHours must be a number/],
    ['a select field given a value outside its options', { access: 'secret' }, /access/],
    ['a title longer than 200 characters', { title: 'x'.repeat(201) }, /title/],
    ['a slug that is not kebab-case', { slug: 'Not A Slug!' }, /lower-case/],
  ])('creating a course with %s is refused', async (_, extra, message) => {
    const unique = Math.random().toString(36).slice(2, 8)
    const course = { title: `A valid course ${world.run} ${unique}`, slug: `valid-${unique}-${world.run}`, _status: 'published', ...extra }
    const { status, json } = await rest({ method: 'POST', path: '/courses', body: course, token: editorToken })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(message)
    expect(await coursesTitled(course.title)).toBe(0)
  })

  test('updating a course with an unknown field is refused and the course keeps its title', async () => {
    const { status, json } = await rest({ method: 'PATCH', path: `/courses/${world.openCourse}`, body: { title: 'Changed', secret: 1 }, token: editorToken })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(/Unknown field: secret/)
    const course = await payload.findByID({ collection: 'courses', id: world.openCourse, overrideAccess: true })
    expect(course.title).toBe('Course open')
  })

  test('a body that is not JSON is refused', async () => {
    const { status } = await rest({ method: 'POST', path: '/courses', body: '{"title": ', token: editorToken })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  test.each([
    ['an unknown locale', '?locale=xx', /Unknown locale "xx"/],
    ['an unknown fallback locale', '?fallback-locale=klingon', /Unknown fallback-locale/],
    ['a limit that is not a number', '?limit=abc', /limit must be a whole number/],
    ['a negative page', '?page=-1', /page must be a whole number/],
    ['a depth beyond the maximum', '?depth=99', /depth must be a whole number/],
    ['a sort on a field that does not exist', '?sort=-salary', /Cannot sort by "-salary"/],
    ['a where clause without an operator', '?where[title]=x', /needs an operator/],
    ['a where clause on a field that does not exist', '?where[salary][equals]=1', /cannot be queried: salary/],
    ['an `or` that is not a list of conditions', '?where[or]=x', /must be a list of conditions/],
  ])('reading courses with %s is refused', async (_, query, message) => {
    const { status, json } = await rest({ path: `/courses${query}` })
    expect(status).toBe(400)
    expect(messagesOf(json)).toMatch(message)
  })
})

describe('the public REST API', () => {
  test('lists published courses in French, without drafts', async () => {
    await payload.update({ collection: 'courses', id: world.openCourse, locale: 'fr', data: { title: 'Cours ouvert' }, overrideAccess: true })
    // This world's courses only: other test files may have made many more.
    const { status, json } = await rest({ path: `/courses?locale=fr&depth=0&where[slug][like]=${world.run}` })
    expect(status).toBe(200)
    const docs = json.docs as { id: number; title: string; _status: string }[]
    expect(docs.map((doc) => doc.id).sort()).toEqual([world.openCourse, world.closedCourse].sort())
    expect(docs.find((doc) => doc.id === world.openCourse)?.title).toBe('Cours ouvert')
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  test('GraphQL is switched off, so it cannot become a second way around access control', async () => {
    const { status } = await rest({ method: 'POST', path: '/graphql', body: { query: '{ Posts { docs { body } } }' } })
    expect(status).toBe(404)
  })
})
