import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'
import { databaseCallsOf } from './learning/databaseCalls'

/**
 * The learner API asks the database a fixed number of times per request, however many courses a
 * learner takes or lessons a course has: the calls are counted on the database adapter itself.
 */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

/** Upper bounds per request, sign-in check included: what the batched queries need, with no room for a loop. */
const budget = { myLearning: 6, progress: 6, completion: 8, completionThatCompletesTheCourse: 10, enrolmentState: 4 }

type Course = { id: number; slug: string; lessons: string[] }
const courses: Record<string, Course> = {}
const tokens: Record<'one' | 'six', string> = { one: '', six: '' }

const makeCourse = async (name: string, access: 'open' | 'closed', lessonCount: number): Promise<Course> => {
  const slug = `${name}-${world.run}`
  const id = await world.create('courses', {
    _status: 'published',
    title: `Course ${name}`,
    slug,
    access,
    instructorAccounts: [world.users.instructor.id],
  })
  const lessons: number[] = []
  for (let index = 1; index <= lessonCount; index++) {
    lessons.push(
      await world.create('lessons', {
        _status: 'published',
        course: id,
        title: `Lesson ${index}`,
        slug: `${name}-${index}-${world.run}`,
      }),
    )
  }
  const half = Math.ceil(lessons.length / 2)
  const modules = [
    { title: 'First', lessons: lessons.slice(0, half) },
    { title: 'Second', lessons: lessons.slice(half) },
  ]
  await payload.update({ collection: 'courses', id, data: { modules }, ...asServer })
  return { id, slug, lessons: Array.from({ length: lessonCount }, (_, index) => `${name}-${index + 1}-${world.run}`) }
}

const enrol = async (user: number, course: Course, status: 'active' | 'completed' | 'pending') => {
  // A few milliseconds apart, so that "last changed first" has one answer.
  await new Promise((resolve) => setTimeout(resolve, 5))
  return world.create('enrolments', { user, course: course.id, status })
}

const complete = (token: string, course: Course, lesson: string) =>
  rest({ method: 'POST', path: `/lesson-progress/course/${course.slug}/lesson/${lesson}/complete`, token })

/** The calls one request makes, and its answer (which must be a success). */
const callsOf = async (request: () => Promise<{ status: number; json: Record<string, unknown> }>) => {
  let answer: { status: number; json: Record<string, unknown> } | undefined
  const calls = await databaseCallsOf(payload, async () => (answer = await request()))
  expect(answer!.status, JSON.stringify(answer!.json)).toBeLessThan(300)
  return { calls, json: answer!.json }
}

beforeAll(async () => {
  courses.three = await makeCourse('three', 'open', 3)
  courses.twelve = await makeCourse('twelve', 'open', 12)
  courses.closed = await makeCourse('closed-taken', 'closed', 2)
  courses.requested = await makeCourse('closed-requested', 'closed', 2)
  courses.done = await makeCourse('done', 'open', 1)
  courses.single = await makeCourse('single', 'open', 1)
  const [one, six] = [world.users.learner, world.users.otherLearner]
  await enrol(one.id, courses.single, 'active')
  await enrol(six.id, courses.three, 'active')
  await enrol(six.id, courses.twelve, 'active')
  await enrol(six.id, courses.closed, 'active')
  await enrol(six.id, courses.requested, 'pending')
  await enrol(six.id, courses.done, 'completed')
  await enrol(six.id, courses.single, 'active')
  tokens.one = await logIn(one.email, `pw-${world.run}-learner`)
  tokens.six = await logIn(six.email, `pw-${world.run}-other-learner`)
  await complete(tokens.six, courses.done, courses.done.lessons[0]!)
  await complete(tokens.six, courses.closed, courses.closed.lessons[0]!)
})

describe('the learner API asks the database a fixed number of times', () => {
  test('my learning: the same calls for a learner with one course and one with six', async () => {
    const one = await callsOf(() => rest({ path: '/enrolments/mine', token: tokens.one }))
    const six = await callsOf(() => rest({ path: '/enrolments/mine', token: tokens.six }))
    const mine = six.json.courses as { slug: string }[]
    // Last changed first; a request for a closed course shows none of its lessons until it is accepted.
    expect(mine.map((course) => course.slug)).toEqual(
      ['single', 'done', 'requested', 'closed', 'twelve', 'three'].map((key) => courses[key]!.slug),
    )
    expect(mine[1]).toMatchObject({ status: 'completed', completed: 1, total: 1, percent: 100, resume: null })
    expect(mine[2]).toMatchObject({ status: 'pending', access: 'closed', completed: 0, total: 0, resume: null })
    expect(mine[3]).toMatchObject({
      status: 'active',
      access: 'closed',
      completed: 1,
      total: 2,
      percent: 50,
      resume: courses.closed!.lessons[1],
    })
    expect(mine[4]).toMatchObject({
      status: 'active',
      access: 'open',
      completed: 0,
      total: 12,
      resume: courses.twelve!.lessons[0],
    })
    expect(six.calls).toEqual(one.calls)
    expect(six.calls.length, six.calls.join(', ')).toBeLessThanOrEqual(budget.myLearning)
  })

  test('enrolment state: the same calls for a course with one cohort and one with four', async () => {
    const cohort = (month: number) => ({
      name: `Run ${month}`,
      startDate: `2031-0${month}-01`,
      endDate: `2031-0${month}-28`,
      capacity: 10,
    })
    const withCohorts = (name: string, count: number) =>
      world.create('courses', {
        _status: 'published',
        title: name,
        slug: `${name}-${world.run}`,
        format: 'instructor-led',
        cohorts: Array.from({ length: count }, (_, index) => cohort(index + 1)),
      })
    await withCohorts('one-cohort', 1)
    await withCohorts('four-cohorts', 4)
    const one = await callsOf(() => rest({ path: `/enrolments/course/one-cohort-${world.run}`, token: tokens.six }))
    const four = await callsOf(() => rest({ path: `/enrolments/course/four-cohorts-${world.run}`, token: tokens.six }))
    expect(four.json.cohorts).toHaveLength(4)
    expect(four.calls).toEqual(one.calls)
    expect(four.calls.length, four.calls.join(', ')).toBeLessThanOrEqual(budget.enrolmentState)
  })

  test('course progress: the same calls for three lessons and for twelve', async () => {
    const three = await callsOf(() =>
      rest({ path: `/lesson-progress/course/${courses.three!.slug}`, token: tokens.six }),
    )
    const twelve = await callsOf(() =>
      rest({ path: `/lesson-progress/course/${courses.twelve!.slug}`, token: tokens.six }),
    )
    expect(twelve.json.total).toBe(12)
    expect(twelve.calls).toEqual(three.calls)
    expect(twelve.calls.length, twelve.calls.join(', ')).toBeLessThanOrEqual(budget.progress)
  })

  test('completing a lesson: the same calls for three lessons and for twelve, recorded or repeated', async () => {
    const [three, twelve] = [courses.three!, courses.twelve!]
    const first = await callsOf(() => complete(tokens.six, three, three.lessons[0]!))
    const firstOfTwelve = await callsOf(() => complete(tokens.six, twelve, twelve.lessons[0]!))
    expect(firstOfTwelve.json).toMatchObject({ completed: 1, total: 12 })
    expect(firstOfTwelve.calls).toEqual(first.calls)
    expect(first.calls.length, first.calls.join(', ')).toBeLessThanOrEqual(budget.completion)

    const again = await callsOf(() => complete(tokens.six, three, three.lessons[0]!))
    const againOfTwelve = await callsOf(() => complete(tokens.six, twelve, twelve.lessons[0]!))
    expect(againOfTwelve.json).toMatchObject({ completed: 1, total: 12 })
    expect(againOfTwelve.calls).toEqual(again.calls)
    expect(again.calls.length).toBeLessThanOrEqual(first.calls.length)
  })

  test('the last lesson completes the course with the same calls for three lessons and for twelve', async () => {
    const [three, twelve] = [courses.three!, courses.twelve!]
    for (const lesson of three.lessons.slice(1, -1)) await complete(tokens.six, three, lesson)
    for (const lesson of twelve.lessons.slice(1, -1)) await complete(tokens.six, twelve, lesson)
    const last = await callsOf(() => complete(tokens.six, three, three.lessons.at(-1)!))
    const lastOfTwelve = await callsOf(() => complete(tokens.six, twelve, twelve.lessons.at(-1)!))
    expect(last.json).toMatchObject({ completed: 3, percent: 100, enrolment: 'completed' })
    expect(lastOfTwelve.json).toMatchObject({ completed: 12, percent: 100, enrolment: 'completed' })
    expect(lastOfTwelve.calls).toEqual(last.calls)
    expect(last.calls.length, last.calls.join(', ')).toBeLessThanOrEqual(budget.completionThatCompletesTheCourse)
    // Learner records are not public content: recording progress never asks for a portal rebuild.
    expect(last.calls.filter((call) => call.includes('Global'))).toEqual([])
  })
})
