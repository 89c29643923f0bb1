import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/** Progress, "My learning" and the closed-course reader, through the API the islands use. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

let learner: string
let other: string
const slug = (name: string) => `${name}-${world.run}`

beforeAll(async () => {
  learner = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
  other = await logIn(world.users.otherLearner.email, `pw-${world.run}-other-learner`)
  // A two-lesson open course and the world's closed course, each with a syllabus.
  const second = await world.create('lessons', {
    _status: 'published',
    course: world.openCourse,
    title: 'Second',
    slug: `second-${world.run}`,
  })
  await payload.update({
    collection: 'courses',
    id: world.openCourse,
    data: { modules: [{ title: 'M', lessons: [world.openLesson, second] }] } as never,
    ...asServer,
  })
  await payload.update({
    collection: 'courses',
    id: world.closedCourse,
    data: { modules: [{ title: 'M', lessons: [world.closedLesson] }] } as never,
    ...asServer,
  })
})

describe('progress', () => {
  test('lessons are recorded once, progress reaches 100 % and completes the enrolment', async () => {
    const path = `/lesson-progress/course/${slug('open')}`
    expect(
      (await rest({ method: 'POST', path: `${path}/lesson/${slug('open-lesson')}/complete`, token: learner })).status,
    ).toBe(403)
    await rest({ method: 'POST', path: `/enrolments/course/${slug('open')}/enrol`, token: learner })
    const state = await rest({ path, token: learner })
    const lessons = state.json.lessons as { slug: string }[]
    expect(lessons.map((lesson) => lesson.slug)).toEqual([slug('open-lesson'), slug('second')])
    const once = await rest({ method: 'POST', path: `${path}/lesson/${lessons[0]!.slug}/complete`, token: learner })
    const twice = await rest({ method: 'POST', path: `${path}/lesson/${lessons[0]!.slug}/complete`, token: learner })
    expect(once.json).toMatchObject({ completed: 1, total: 2, percent: 50, resume: slug('second') })
    expect(twice.json).toMatchObject({ completed: 1, total: 2, percent: 50 })
    const done = await rest({ method: 'POST', path: `${path}/lesson/${slug('second')}/complete`, token: learner })
    expect(done.json).toMatchObject({ completed: 2, percent: 100, resume: null, enrolment: 'completed' })
    const mine = await rest({ path: '/enrolments/mine', token: learner })
    expect(mine.json.courses).toEqual([
      expect.objectContaining({ slug: slug('open'), status: 'completed', percent: 100 }),
    ])
    expect((await rest({ path: '/enrolments/mine' })).status).toBe(401)
  })

  test('another learner sees none of it', async () => {
    const path = `/lesson-progress/course/${slug('open')}`
    const someone = await world.newLearner()
    await world.create('enrolments', { user: someone, course: world.openCourse, status: 'active' })
    await world.create('lesson-progress', { user: someone, lesson: world.openLesson })
    const theirs = await rest({ path, token: other })
    expect(theirs.json).toMatchObject({ completed: 0, enrolment: null })
  })
})

describe('closed-course lessons', () => {
  const lessonPath = () => `/lessons/course/${slug('closed')}/lesson/${slug('closed-lesson')}`

  test('nobody but an active enrollee (and staff) gets the text', async () => {
    expect((await rest({ path: lessonPath() })).status).toBe(404)
    expect((await rest({ path: lessonPath(), token: other })).status).toBe(404)
    expect(
      ((await rest({ path: `/lesson-progress/course/${slug('closed')}`, token: other })).json.lessons as unknown[])
        .length,
    ).toBe(0)
    await rest({ method: 'POST', path: `/enrolments/course/${slug('closed')}/enrol`, token: other })
    expect((await rest({ path: lessonPath(), token: other })).status).toBe(404)
    const { docs } = await payload.find({
      collection: 'enrolments',
      where: { and: [{ user: { equals: world.users.otherLearner.id } }, { course: { equals: world.closedCourse } }] },
      ...asServer,
    })
    await payload.update({ collection: 'enrolments', id: docs[0]!.id, data: { status: 'active' }, ...asServer })
    const granted = await rest({ path: lessonPath(), token: other })
    expect(granted.status).toBe(200)
    expect(granted.json).toMatchObject({ slug: slug('closed-lesson') })
  })
})
