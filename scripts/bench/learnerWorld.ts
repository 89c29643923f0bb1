import { randomBytes } from 'node:crypto'

import type { ApiClient, Caller } from './apiClient'

/** A virtual user: a learner account of its own, its courses' lessons in order, and how far it got. */
export type Learner = Caller & {
  id: number
  email: string
  locale: string
  lessons: { course: string; lesson: string }[]
  done: number
}

const locales = ['en', 'fr', 'es', 'ar', 'ru', 'zh']

/** Registers `count` learner accounts through the API, as people do on the portal (not measured). */
export const registerLearners = async (api: ApiClient, count: number) => {
  const run = randomBytes(4).toString('hex')
  const password = `bench ${randomBytes(12).toString('hex')}`
  const learners: Learner[] = []
  // One after another: registering is not what is measured, and each registration hashes a password.
  for (let index = 0; index < count; index++) {
    const email = `bench-${run}-${index}@example.org`
    const address = `10.20.${index >> 8}.${index & 255}`
    const { doc } = await api.must({ address }, 'POST', '/users', { name: `Bench learner ${index}`, email, password })
    learners.push({
      id: doc.id as number,
      email,
      address,
      locale: locales[index % locales.length]!,
      lessons: [],
      done: 0,
    })
  }
  return { learners, password }
}

/** The self-paced open courses, by slug: what every learner enrols in. */
export const selfPacedCourses = async (api: ApiClient) => {
  const { docs } = await api.must(
    { address: '10.30.0.1' },
    'GET',
    '/courses?where[access][equals]=open&where[format][equals]=self-paced&depth=0&limit=100&sort=slug',
  )
  return (docs as { slug: string }[]).map((course) => course.slug)
}

/** Each learner enrols in every course and learns which lessons it has (not measured). */
export const enrolInAll = async (api: ApiClient, learners: Learner[], courses: string[]) => {
  await Promise.all(
    learners.map(async (learner) => {
      for (const course of courses) await api.must(learner, 'POST', `/enrolments/course/${course}/enrol`)
    }),
  )
  for (const course of courses) {
    const { lessons } = await api.must(learners[0]!, 'GET', `/lesson-progress/course/${course}`)
    for (const learner of learners)
      learner.lessons.push(...(lessons as { slug: string }[]).map((lesson) => ({ course, lesson: lesson.slug })))
  }
}

/**
 * Every learner joins the community and a moderator approves her; the moderator opens one thread
 * to read (with `posts` replies in it) and one to reply to. Returns the two threads' ids.
 */
export const joinForum = async (
  api: ApiClient,
  learners: Learner[],
  moderator: Caller,
  { community: slug, posts }: { community: string; posts: number },
) => {
  const community = (await api.must(moderator, 'GET', `/communities?where[slug][equals]=${slug}&depth=0`)).docs[0]
    .id as number
  for (const learner of learners) {
    const { doc } = await api.must(learner, 'POST', '/memberships', {
      user: learner.id,
      community,
      message: 'Benchmark',
    })
    await api.must(moderator, 'PATCH', `/memberships/${doc.id}`, { status: 'approved' })
  }
  const thread = async (title: string) =>
    (await api.must(moderator, 'POST', '/threads', { community, title, body: 'Replies below.' })).doc.id as number
  const [read, reply] = [await thread('Benchmark reading'), await thread('Benchmark replies')]
  for (let index = 0; index < posts; index++) {
    await api.must(moderator, 'POST', '/posts', {
      thread: read,
      body: `Reply ${index} with **Markdown**, a list:\n\n- one\n- two\n\nand a [link](https://example.org).`,
    })
  }
  return { read, reply }
}
