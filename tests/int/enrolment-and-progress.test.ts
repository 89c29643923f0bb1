import type { Payload } from 'payload'
import { describe, expect, test } from 'vitest'

import type { User } from '../../cms/payload-types'
import { asServer, asUser } from '../helpers/asUser'
import { useWorld, type World } from '../helpers/world'

let payload: Payload
let world: World

useWorld((made) => ({ payload, world } = made))

/** A learner account of her own: no test finds her enrolled by another test. */
const freshLearner = async () => payload.findByID({ collection: 'users', id: await world.newLearner(), ...asServer })

const enrol = async (learner: User, course: number | string, status?: string) => {
  const doc = await payload.create({
    collection: 'enrolments',
    data: { user: learner.id, course, ...(status ? { status } : {}) } as never,
    ...asUser(learner),
  })
  world.made.push({ collection: 'enrolments', id: doc.id })
  return doc
}

describe('enrolment', () => {
  test('a learner who enrols in an open course is enrolled at once, whatever status she asks for', async () => {
    const enrolment = await enrol(await freshLearner(), world.openCourse, 'completed')
    expect(enrolment.status).toBe('active')
  })

  test('enrolling twice in the same course is refused by the database', async () => {
    const learner = await freshLearner()
    await enrol(learner, world.openCourse)
    await expect(enrol(learner, world.openCourse)).rejects.toThrow(/unique|invalid/i)
  })

  test('a request for a closed course waits for an instructor, and its lessons stay closed until then', async () => {
    const learner = await freshLearner()
    const request = await enrol(learner, world.closedCourse, 'active')
    expect(request.status).toBe('pending')
    const before = await payload.find({
      collection: 'lessons',
      where: { id: { equals: world.closedLesson } },
      ...asUser(learner),
    })
    expect(before.docs).toHaveLength(0)

    await expect(
      payload.update({ collection: 'enrolments', id: request.id, data: { status: 'active' }, ...asUser(learner) }),
    ).rejects.toThrow(/instructors/)

    const approved = await payload.update({
      collection: 'enrolments',
      id: request.id,
      data: { status: 'active' },
      ...asUser(world.users.instructor),
    })
    expect(approved.status).toBe('active')
    const after = await payload.find({
      collection: 'lessons',
      where: { id: { equals: world.closedLesson } },
      ...asUser(learner),
    })
    expect(after.docs.map((lesson) => lesson.id)).toEqual([world.closedLesson])
  })

  test('a learner may withdraw from her own enrolment', async () => {
    const learner = await freshLearner()
    const enrolment = await enrol(learner, world.openCourse)
    const withdrawn = await payload.update({
      collection: 'enrolments',
      id: enrolment.id,
      data: { status: 'withdrawn' },
      ...asUser(learner),
    })
    expect(withdrawn.status).toBe('withdrawn')
  })

  test('a learner sees only her own enrolments', async () => {
    const learner = await freshLearner()
    const own = await enrol(learner, world.openCourse)
    await world.create('enrolments', { user: await world.newLearner(), course: world.openCourse, status: 'active' })
    const { docs } = await payload.find({ collection: 'enrolments', limit: 100, ...asUser(learner) })
    expect(docs.map((doc) => doc.id)).toEqual([own.id])
  })
})

describe('lesson progress', () => {
  test('completing a lesson records it once, with the lesson’s course', async () => {
    const doc = await payload.create({
      collection: 'lesson-progress',
      data: { user: world.users.learner.id, lesson: world.openLesson },
      ...asUser(world.users.learner),
    })
    world.made.push({ collection: 'lesson-progress', id: doc.id })
    expect(doc.course).toBe(world.openCourse)
    expect(doc.completedAt).toBeTruthy()
    await expect(
      payload.create({
        collection: 'lesson-progress',
        data: { user: world.users.learner.id, lesson: world.openLesson },
        ...asUser(world.users.learner),
      }),
    ).rejects.toThrow(/unique|invalid/i)
  })

  test('progress cannot be recorded on a lesson the learner may not read', async () => {
    const outsider = await world.newLearner()
    const user = await payload.findByID({ collection: 'users', id: outsider, ...asServer })
    await expect(
      payload.create({
        collection: 'lesson-progress',
        data: { user: outsider, lesson: world.closedLesson },
        ...asUser(user),
      }),
    ).rejects.toThrow(/not open to you/)
  })
})

describe('fields that are private on public records', () => {
  test('cohort meeting links are hidden from visitors and learners but shown to instructors', async () => {
    await payload.update({
      collection: 'courses',
      id: world.closedCourse,
      data: {
        format: 'instructor-led',
        cohorts: [
          {
            name: 'Spring',
            startDate: '2030-03-01',
            endDate: '2030-04-01',
            capacity: 10,
            meetingUrl: 'https://meet.example.org/secret-room',
          },
        ],
      },
      ...asServer,
    })
    const read = async (user?: typeof world.users.learner) =>
      (await payload.findByID({ collection: 'courses', id: world.closedCourse, ...asUser(user) })).cohorts?.[0]
        ?.meetingUrl
    expect(await read()).toBeUndefined()
    expect(await read(world.users.learner)).toBeUndefined()
    expect(await read(world.users.instructor)).toBe('https://meet.example.org/secret-room')
  })

  test('an expert’s contact address is hidden from anonymous visitors', async () => {
    const anonymous = await payload.findByID({ collection: 'experts', id: world.publicExpert, ...asUser() })
    const member = await payload.findByID({
      collection: 'experts',
      id: world.publicExpert,
      ...asUser(world.users.learner),
    })
    expect(anonymous.contactEmail).toBeUndefined()
    expect(member.contactEmail).toBe(`public-${world.run}@example.org`)
  })

  test('the instructors’ accounts behind a course are not public', async () => {
    const course = await payload.findByID({ collection: 'courses', id: world.openCourse, ...asUser() })
    expect(course.title).toBe('Course open')
    expect(course.instructorAccounts).toBeUndefined()
  })
})
