import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { mailTo } from '../helpers/mailbox'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/** The enrolment island's API: state, enrol, withdraw, approval by e-mail, and seats under a race. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))

const password = (key: string) => `pw-${world.run}-${key}`
let learner: string
let instructor: string
const slug = (course: 'open' | 'closed') => `${course}-${world.run}`
const enrolIn = (course: string, token?: string, body: unknown = {}) =>
  rest({ method: 'POST', path: `/enrolments/course/${course}/enrol`, token, body })

beforeAll(async () => {
  learner = await logIn(world.users.learner.email, password('learner'))
  instructor = await logIn(world.users.instructor.email, password('instructor'))
  await payload.update({
    collection: 'users',
    id: world.users.learner.id,
    data: { preferredLanguage: 'es' },
    ...asServer,
  })
})

describe('enrolling through the course page', () => {
  test('an open course enrols at once; twice is refused; withdrawing and coming back works', async () => {
    const first = await enrolIn(slug('open'), learner)
    expect(first.status).toBe(201)
    expect(first.json.enrolment).toEqual({ status: 'active', cohort: null })
    expect((await enrolIn(slug('open'), learner)).status).toBe(409)
    const left = await rest({ method: 'POST', path: `/enrolments/course/${slug('open')}/withdraw`, token: learner })
    expect(left.json.enrolment).toMatchObject({ status: 'withdrawn' })
    expect((await enrolIn(slug('open'), learner)).json.enrolment).toMatchObject({ status: 'active' })
    const state = await rest({ path: `/enrolments/course/${slug('open')}`, token: learner })
    expect(state.json).toMatchObject({ signedIn: true, course: { access: 'open' }, enrolment: { status: 'active' } })
  })

  test('anonymous visitors see the course state but cannot enrol', async () => {
    expect((await rest({ path: `/enrolments/course/${slug('open')}` })).json).toMatchObject({
      signedIn: false,
      enrolment: null,
    })
    expect((await enrolIn(slug('open'))).status).toBe(401)
    expect((await enrolIn('no-such-course', learner)).status).toBe(404)
  })

  test('a closed course takes a request; the instructor approves it and the learner is told by e-mail, in Spanish', async () => {
    expect((await enrolIn(slug('closed'), learner)).json.enrolment).toMatchObject({ status: 'pending' })
    const { docs } = await payload.find({
      collection: 'enrolments',
      where: { and: [{ course: { equals: world.closedCourse } }, { user: { equals: world.users.learner.id } }] },
      ...asServer,
    })
    const request = docs[0]!
    expect(
      (await rest({ method: 'PATCH', path: `/enrolments/${request.id}`, token: learner, body: { status: 'active' } }))
        .status,
    ).toBe(403)
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/enrolments/${request.id}`,
          token: instructor,
          body: { status: 'active' },
        })
      ).status,
    ).toBe(200)
    // A rejected request cannot be turned into a new one by withdrawing it first.
    const refused = await world.create('enrolments', {
      user: world.users.otherLearner.id,
      course: world.closedCourse,
      status: 'rejected',
    })
    const other = await logIn(world.users.otherLearner.email, password('other-learner'))
    expect(
      (await rest({ method: 'POST', path: `/enrolments/course/${slug('closed')}/withdraw`, token: other })).status,
    ).toBe(409)
    expect(
      (await rest({ method: 'PATCH', path: `/enrolments/${refused}`, token: other, body: { status: 'withdrawn' } }))
        .status,
    ).toBe(403)
    expect((await enrolIn(slug('closed'), other)).status).toBe(409)
    const mail = mailTo(world.users.learner.email).pop()
    expect(mail?.subject).toContain('Su plaza en')
    expect(mail?.html).toContain(`/es/courses/${slug('closed')}/`)
  })

  test('a cohort is chosen only through the endpoint that counts seats', async () => {
    const course = await world.create('courses', {
      _status: 'published',
      title: 'Cohort course',
      slug: `cohort-${world.run}`,
      access: 'open',
      format: 'instructor-led',
      instructorAccounts: [world.users.instructor.id],
      cohorts: [{ name: 'Spring', startDate: '2031-03-01', endDate: '2031-04-01', capacity: 3 }],
    })
    const cohort = (await payload.findByID({ collection: 'courses', id: course, ...asServer })).cohorts![0]!.id!
    const direct = await rest({
      method: 'POST',
      path: '/enrolments',
      token: learner,
      body: { user: world.users.learner.id, course, cohort },
    })
    expect(direct.status).toBe(400)
    expect((await enrolIn(`cohort-${world.run}`, learner)).status).toBe(400)

    // Fifty learners race for the three seats: exactly three get one.
    const racers = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const email = `racer-${index}-${world.run}@example.org`
        const user = await payload.create({
          collection: 'users',
          data: { name: `Racer ${index}`, email, password: 'racing-password' } as never,
          ...asServer,
        })
        world.made.push({ collection: 'users', id: user.id })
        return logIn(email, 'racing-password')
      }),
    )
    const results = await Promise.all(racers.map((token) => enrolIn(`cohort-${world.run}`, token, { cohort })))
    expect(results.filter((result) => result.status === 201)).toHaveLength(3)
    expect(results.filter((result) => result.status === 409)).toHaveLength(47)
    const held = await payload.count({
      collection: 'enrolments',
      where: { and: [{ course: { equals: course } }, { cohort: { equals: cohort } }] },
      ...asServer,
    })
    expect(held.totalDocs).toBe(3)
    const state = await rest({ path: `/enrolments/course/cohort-${world.run}` })
    expect((state.json.cohorts as { seatsLeft: number }[])[0]!.seatsLeft).toBe(0)
  }, 180_000)

  test('a place is let go by withdrawing or by a declined request, and taken again by the next learner', async () => {
    const onePlace = `one-place-${world.run}`
    const course = await world.create('courses', {
      _status: 'published',
      title: 'One place',
      slug: onePlace,
      access: 'closed',
      format: 'instructor-led',
      instructorAccounts: [world.users.instructor.id],
      cohorts: [{ name: 'Autumn', startDate: '2031-09-01', endDate: '2031-10-01', capacity: 1 }],
    })
    const cohort = (await payload.findByID({ collection: 'courses', id: course, ...asServer })).cohorts![0]!.id!
    const [first, second] = await Promise.all(
      ['first', 'second'].map(async (name) => {
        const email = `one-place-${name}-${world.run}@example.org`
        const user = await payload.create({
          collection: 'users',
          data: { name, email, password: 'one-place-password', roles: ['learner'] },
          ...asServer,
        })
        world.made.push({ collection: 'users', id: user.id })
        return logIn(email, 'one-place-password')
      }),
    )
    expect((await enrolIn(onePlace, first, { cohort })).status).toBe(201)
    expect((await enrolIn(onePlace, second, { cohort })).status).toBe(409)
    await rest({ method: 'POST', path: `/enrolments/course/${onePlace}/withdraw`, token: first })
    const taken = await enrolIn(onePlace, second, { cohort })
    expect(taken.status).toBe(201)
    expect((await enrolIn(onePlace, first, { cohort })).status).toBe(409)
    // The instructor declines the request that holds the place: it is free again.
    const held = await payload.find({
      collection: 'enrolments',
      where: { and: [{ course: { equals: course } }, { status: { equals: 'pending' } }] },
      ...asServer,
    })
    expect(held.docs).toHaveLength(1)
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/enrolments/${held.docs[0]!.id}`,
          token: instructor,
          body: { status: 'rejected' },
        })
      ).status,
    ).toBe(200)
    expect((await enrolIn(onePlace, first, { cohort })).status).toBe(200)
  })
})
