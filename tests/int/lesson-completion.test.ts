import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/** Recording lessons when calls overlap: clicks twice at once, two tabs finishing a course together. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

let token: string
const courseSlug = () => `open-${world.run}`
const lessonSlugs = () => [`open-lesson-${world.run}`, `second-${world.run}`, `third-${world.run}`]
const complete = (lesson: string) =>
  rest({ method: 'POST', path: `/lesson-progress/course/${courseSlug()}/lesson/${lesson}/complete`, token })
const records = async () =>
  (
    await payload.count({
      collection: 'lesson-progress',
      where: { user: { equals: world.users.learner.id } },
      ...asServer,
    })
  ).totalDocs

beforeAll(async () => {
  const second = await world.create('lessons', {
    _status: 'published',
    course: world.openCourse,
    title: 'Second',
    slug: lessonSlugs()[1],
  })
  const third = await world.create('lessons', {
    _status: 'published',
    course: world.openCourse,
    title: 'Third',
    slug: lessonSlugs()[2],
  })
  await payload.update({
    collection: 'courses',
    id: world.openCourse,
    data: { modules: [{ title: 'M', lessons: [world.openLesson, second, third] }] },
    ...asServer,
  })
  token = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
  await world.create('enrolments', { user: world.users.learner.id, course: world.openCourse, status: 'active' })
})

describe('recording a lesson', () => {
  test('five clicks at once record it once, and each answers the same progress', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => complete(lessonSlugs()[0]!)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    for (const answer of answers)
      expect(answer.json).toMatchObject({ completed: 1, total: 3, resume: lessonSlugs()[1] })
    expect(await records()).toBe(1)
  })

  test('two tabs recording the last two lessons at once complete the course', async () => {
    const [one, two] = await Promise.all([complete(lessonSlugs()[1]!), complete(lessonSlugs()[2]!)])
    expect([one.status, two.status]).toEqual([200, 200])
    expect([one.json.enrolment, two.json.enrolment]).toContain('completed')
    const { docs } = await payload.find({
      collection: 'enrolments',
      where: { user: { equals: world.users.learner.id } },
      ...asServer,
    })
    expect(docs.map((enrolment) => enrolment.status)).toEqual(['completed'])
    expect(await records()).toBe(3)
  })
})
