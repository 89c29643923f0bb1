import type { Payload } from 'payload'

import { pdfFile } from './subjects'
import type { Actor, World } from '../../helpers/world'

type Statuses = Record<Actor, number>
/** A request; `token` replaces the actor's session when the route ends or renews it. */
type Request = { method: string; path: string; body?: unknown; token?: string }

/** What one custom (or Payload auth) route answers each actor, for a request made for that actor. */
export type CustomCase = {
  route: string
  request: (
    world: World,
    context: { actor: Actor; payload: Payload; freshSession: () => Promise<string | undefined> },
  ) => Request | Promise<Request>
  statuses: Statuses
  /** Why these answers are right, when it is not obvious. */
  why?: string
}

const all = (status: number): Statuses => ({
  anonymous: status,
  learner: status,
  instructor: status,
  moderator: status,
  editor: status,
  admin: status,
})
const signedIn = (status: number, anonymous: number): Statuses => ({ ...all(status), anonymous })
const only = (actors: Actor[], yes: number, no: Partial<Statuses> & { others: number }): Statuses => {
  const { others, ...specific } = no
  return Object.fromEntries(
    (Object.keys(all(0)) as Actor[]).map((actor) => [
      actor,
      actors.includes(actor) ? yes : (specific[actor] ?? others),
    ]),
  ) as Statuses
}

const get = (path: string) => ({ method: 'GET', path })

/** An event of its own with places for everyone, so that each actor's registration stands alone. */
const roomyEvent = async (world: World) => {
  const slug = `roomy-${Math.random().toString(36).slice(2, 10)}`
  await world.create('events', {
    _status: 'published',
    title: 'Roomy',
    slug,
    type: 'webinar',
    startsAt: '2031-01-01T10:00:00Z',
    endsAt: '2031-01-01T11:00:00Z',
    timeZone: 'UTC',
    capacity: 50,
  })
  return slug
}
const post = (path: string, body: unknown = {}) => ({ method: 'POST', path, body })

const preview = (collection: string): CustomCase => ({
  route: `GET /${collection}/:id/preview`,
  request: () => get(`/${collection}/999999999/preview?locale=en`),
  // Editors pass the access check and learn the document does not exist; nobody else gets that far.
  statuses: only(['editor', 'admin'], 404, { others: 403 }),
})

export const customCases: CustomCase[] = [
  preview('courses'),
  preview('resources'),
  preview('events'),
  {
    route: 'GET /lessons/course/:course/lesson/:lesson',
    request: (w) => get(`/lessons/course/closed-${w.run}/lesson/closed-lesson-${w.run}`),
    why: 'A closed lesson reaches its course staff and editors; anyone else is told it does not exist.',
    statuses: only(['instructor', 'editor', 'admin'], 200, { others: 404 }),
  },
  { route: 'GET /enrolments/mine', request: () => get('/enrolments/mine'), statuses: signedIn(200, 401) },
  {
    route: 'GET /enrolments/course/:course',
    request: (w) => get(`/enrolments/course/open-${w.run}`),
    statuses: all(200),
  },
  {
    route: 'POST /enrolments/course/:course/enrol',
    request: (w) => post(`/enrolments/course/open-${w.run}/enrol`),
    statuses: signedIn(201, 401),
  },
  {
    route: 'POST /enrolments/course/:course/withdraw',
    request: (w) => post(`/enrolments/course/closed-${w.run}/withdraw`),
    statuses: signedIn(409, 401),
  },
  // The course page's island asks before sign-in too: it learns only that nobody is signed in.
  {
    route: 'GET /lesson-progress/course/:course',
    request: (w) => get(`/lesson-progress/course/open-${w.run}`),
    statuses: all(200),
  },
  {
    route: 'POST /lesson-progress/course/:course/lesson/:lesson/complete',
    request: (w) => post(`/lesson-progress/course/closed-${w.run}/lesson/closed-lesson-${w.run}/complete`),
    why: 'Progress is recorded by enrolled learners only; nobody in this world is enrolled in the closed course.',
    statuses: signedIn(403, 401),
  },
  {
    route: 'GET /event-registrations/mine.ics',
    request: () => get('/event-registrations/mine.ics'),
    statuses: signedIn(200, 401),
  },
  {
    route: 'GET /event-registrations/event/:event',
    request: (w) => get(`/event-registrations/event/world-event-${w.run}`),
    statuses: all(200),
  },
  {
    route: 'POST /event-registrations/event/:event/register',
    request: async (w) => post(`/event-registrations/event/${await roomyEvent(w)}/register`),
    statuses: signedIn(201, 401),
  },
  {
    route: 'POST /event-registrations/event/:event/cancel',
    request: (w) => post(`/event-registrations/event/world-event-${w.run}/cancel`),
    statuses: signedIn(200, 401),
  },
  {
    route: 'GET /communities/:community/activity',
    request: (w) => get(`/communities/community-${w.run}/activity`),
    statuses: only(['learner', 'moderator', 'admin'], 200, { anonymous: 401, others: 403 }),
  },
  {
    route: 'POST /posts/:id/report',
    request: async (w) => {
      const thread = await w.create('threads', {
        community: w.community,
        author: w.users.otherLearner.id,
        title: 'T',
        body: 'B',
      })
      return post(
        `/posts/${await w.create('posts', { thread, author: w.users.otherLearner.id, body: 'Reply' })}/report`,
      )
    },
    statuses: only(['learner', 'moderator', 'admin'], 200, { anonymous: 401, others: 404 }),
  },
  {
    route: 'GET /media/file/:filename',
    request: async (w, { payload }) => {
      const id = await w.upload(
        { alt: 'members only', visibility: 'members', community: w.community },
        pdfFile(`file-${Math.random()}`),
      )
      const doc = await payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 })
      return get(`/media/file/${doc.filename}`)
    },
    statuses: only(['learner', 'moderator', 'editor', 'admin'], 200, { others: 403 }),
  },
  {
    route: 'GET /media/paste-url/:id?',
    request: () => get('/media/paste-url?src=http://127.0.0.1:9/secret'),
    why: 'Fetching a file from an address (the server would request a URL) is switched off for every collection.',
    statuses: signedIn(400, 403),
  },
  { route: 'GET /users/export-my-data', request: () => get('/users/export-my-data'), statuses: signedIn(200, 401) },
  {
    route: 'POST /users/forgot-password',
    request: (w) => post('/users/forgot-password', { email: `nobody-${w.run}@example.org` }),
    statuses: all(200),
  },
  { route: 'GET /users/init', request: () => get('/users/init'), statuses: all(200) },
  { route: 'GET /users/me', request: () => get('/users/me'), statuses: all(200) },
  {
    route: 'POST /users/login',
    request: (w) => post('/users/login', { email: w.users.otherLearner.email, password: 'not her password' }),
    statuses: all(401),
  },
  // Both end or renew a session: each uses a fresh one, so the actor's own stays valid for the other routes.
  {
    route: 'POST /users/logout',
    request: async (_, { freshSession }) => ({ ...post('/users/logout'), token: await freshSession() }),
    statuses: signedIn(200, 400),
  },
  {
    route: 'POST /users/refresh-token',
    request: async (_, { freshSession }) => ({ ...post('/users/refresh-token'), token: await freshSession() }),
    statuses: signedIn(200, 403),
  },
  {
    route: 'POST /users/first-register',
    request: (w) =>
      post('/users/first-register', {
        email: `first-${w.run}@example.org`,
        password: 'a long passphrase',
        name: 'First',
      }),
    statuses: all(403),
  },
  {
    route: 'POST /users/reset-password',
    request: () => post('/users/reset-password', { token: 'not-a-token', password: 'a long passphrase' }),
    statuses: all(403),
  },
  {
    route: 'POST /users/unlock',
    request: (w) => post('/users/unlock', { email: w.users.otherLearner.email }),
    statuses: only(['admin'], 200, { others: 403 }),
  },
  // Payload words every refusal of this route as 'you must be logged in'.
  {
    route: 'GET /payload-jobs/run',
    request: () => get('/payload-jobs/run?queue=nothing-here'),
    statuses: only(['admin'], 200, { others: 401 }),
  },
  {
    route: 'GET /payload-preferences/:key',
    request: () => get('/payload-preferences/route-table'),
    statuses: only(['instructor', 'moderator', 'editor', 'admin'], 200, { anonymous: 401, others: 403 }),
  },
  {
    route: 'POST /payload-preferences/:key',
    request: () => post('/payload-preferences/route-table', { value: { columns: [] } }),
    statuses: only(['instructor', 'moderator', 'editor', 'admin'], 200, { anonymous: 401, others: 403 }),
  },
  {
    route: 'DELETE /payload-preferences/:key',
    request: async (w, { actor, payload }) => {
      const key = `route-table-${Math.random().toString(36).slice(2, 8)}`
      if (actor !== 'anonymous') {
        const owner = { relationTo: 'users' as const, value: w.users[actor].id }
        await payload.create({
          collection: 'payload-preferences',
          data: { key, value: {}, user: owner },
          user: w.users[actor],
          overrideAccess: true,
        })
      }
      return { method: 'DELETE', path: `/payload-preferences/${key}` }
    },
    statuses: only(['instructor', 'moderator', 'editor', 'admin'], 200, { anonymous: 401, others: 403 }),
  },
  {
    route: 'POST /globals/site-status/rebuild',
    request: () => post('/globals/site-status/rebuild'),
    statuses: only(['admin'], 202, { others: 403 }),
  },
  { route: 'GET /access', request: () => get('/access'), statuses: all(200) },
  {
    route: 'GET /health',
    request: () => get('/health'),
    why: 'Load balancers and uptime checks ask without signing in.',
    statuses: all(200),
  },
]
