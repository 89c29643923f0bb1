import type { CourseContent } from './content-schema'
import { idsOf, published, type SeedContext } from './context'
import { byLocale, mapLocales, upsert } from './upsert'
import { zonedDateTime } from './zonedTime'
import { localeCodes } from '../contract/locales'
import type { Course, Lesson } from '../payload-types'

type CourseId = Course['id']
type LessonId = Lesson['id']

/** Closed and instructor-led courses are run by the demo instructor; the others by the second one. */
const instructorKey = (course: CourseContent) =>
  course.access === 'closed' || course.format === 'instructor-led' ? 'instructor' : 'instructor2'

const cohortsOf = (course: CourseContent) =>
  course.cohorts.map((cohort) => ({
    name: cohort.name.en,
    startDate: zonedDateTime({ days: cohort.startInDays, time: '09:00', timeZone: 'UTC' }).toISOString(),
    endDate: zonedDateTime({ days: cohort.endInDays, time: '17:00', timeZone: 'UTC' }).toISOString(),
    capacity: cohort.capacity,
    meetingUrl: cohort.meetingUrl,
  }))

const seedLessons = async ({ payload, markdown, ids }: SeedContext, course: CourseContent, courseId: CourseId) => {
  const lessonIdsByModule: LessonId[][] = []
  for (const module of course.modules) {
    const lessonIds: LessonId[] = []
    for (const lesson of module.lessons) {
      const { english, translations } = byLocale({ title: lesson.title, body: mapLocales(lesson.body, markdown) })
      const { id } = await upsert({
        payload,
        collection: 'lessons',
        where: { course: { equals: courseId }, slug: { equals: lesson.slug } },
        data: {
          ...published,
          course: courseId,
          slug: lesson.slug,
          durationMinutes: lesson.durationMinutes,
          ...english,
        },
        translations,
      })
      ids.lessons.set(`${course.slug}/${lesson.slug}`, id)
      lessonIds.push(id)
    }
    lessonIdsByModule.push(lessonIds)
  }
  return lessonIdsByModule
}

/**
 * Module and cohort rows have localized names. Rows are written in English first; the other
 * languages then name the same rows by id, so no language replaces another's rows.
 */
const writeSyllabus = async (
  { payload }: SeedContext,
  course: CourseContent,
  courseId: CourseId,
  lessonIds: LessonId[][],
) => {
  const asServer = { overrideAccess: true, depth: 0, context: { seeding: true } } as const
  const cohorts = cohortsOf(course)
  await payload.update({
    collection: 'courses',
    id: courseId,
    locale: 'en',
    data: {
      modules: course.modules.map((module, index) => ({ title: module.title.en, lessons: lessonIds[index] })),
      cohorts: cohorts.map((cohort, index) => ({ ...cohort, name: course.cohorts[index].name.en })),
    },
    ...asServer,
  })
  const saved = await payload.findByID({ collection: 'courses', id: courseId, locale: 'en', ...asServer })
  for (const locale of localeCodes.filter((code) => code !== 'en')) {
    await payload.update({
      collection: 'courses',
      id: courseId,
      locale,
      data: {
        modules: (saved.modules ?? []).map((row, index) => ({ ...row, title: course.modules[index].title[locale] })),
        cohorts: (saved.cohorts ?? []).map((row, index) => ({ ...row, name: course.cohorts[index].name[locale] })),
      },
      ...asServer,
    })
  }
}

export const seedCourses = async (context: SeedContext) => {
  const { payload, content, markdown, ids } = context
  for (const course of content.courses) {
    const base = {
      ...published,
      slug: course.slug,
      format: course.format,
      access: course.access,
      level: course.level,
      durationHours: course.durationHours,
      languages: course.languages,
      themes: idsOf(ids.themes, course.themes),
      instructors: idsOf(ids.experts, course.instructors),
      instructorAccounts: idsOf(ids.users, [instructorKey(course)]),
      community: course.community ? ids.communities.get(course.community) : null,
    }
    const { english, translations } = byLocale({
      title: course.title,
      summary: course.summary,
      body: mapLocales(course.body, markdown),
    })
    const { id } = await upsert({
      payload,
      collection: 'courses',
      where: { slug: { equals: course.slug } },
      data: { ...base, ...english },
      translations,
    })
    ids.courses.set(course.slug, id)
    const lessonIdsByModule = await seedLessons(context, course, id)
    await writeSyllabus(context, course, id, lessonIdsByModule)
  }
}
