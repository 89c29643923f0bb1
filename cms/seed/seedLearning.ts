import { idsOf, type SeedContext } from './context'
import { upsert } from './upsert'

/**
 * A little learning activity so dashboards are not empty: the demo learner is halfway through
 * the first open course; the second learner waits for approval on the first closed course.
 */
export const seedLearning = async ({ payload, content, ids }: SeedContext) => {
  const openCourse = content.courses.find((course) => course.access === 'open')
  const closedCourse = content.courses.find((course) => course.access === 'closed')
  const [learner, learner2] = idsOf(ids.users, ['learner', 'learner2'])
  if (openCourse) {
    const [courseId] = idsOf(ids.courses, [openCourse.slug])
    await upsert({
      payload,
      collection: 'enrolments',
      where: { user: { equals: learner }, course: { equals: courseId } },
      data: { user: learner, course: courseId, status: 'active' },
    })
    const firstModule = openCourse.modules[0]
    for (const lesson of firstModule.lessons) {
      const [lessonId] = idsOf(ids.lessons, [`${openCourse.slug}/${lesson.slug}`])
      await upsert({
        payload,
        collection: 'lesson-progress',
        where: { user: { equals: learner }, lesson: { equals: lessonId } },
        data: { user: learner, lesson: lessonId, completedAt: '2026-01-15T10:00:00.000Z' },
      })
    }
  }
  if (closedCourse) {
    const [courseId] = idsOf(ids.courses, [closedCourse.slug])
    await upsert({
      payload,
      collection: 'enrolments',
      where: { user: { equals: learner2 }, course: { equals: courseId } },
      data: { user: learner2, course: courseId, status: 'pending' },
    })
  }
}
