import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startServer } from '../helpers/startedServer'

const scratch = mkdtempSync(path.join(tmpdir(), 'connect-learn-start-'))
const demoPassword = 'demo-password-for-tests'
let server: Awaited<ReturnType<typeof startServer>>

beforeAll(async () => {
  server = await startServer({
    DATABASE_URL: process.env.SERVER_TEST_DATABASE_URL || `file:${path.join(scratch, 'start.db')}`,
    MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: 'server-test-secret',
    SEED_DEMO_PASSWORD: demoPassword,
    PORTAL_DIR: path.join(scratch, 'portal'),
    PORTAL_BUILDS_DIR: path.join(scratch, 'builds'),
    SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
  })
}, 900_000)

afterAll(() => {
  server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe('npm start on an empty database, in production mode', () => {
  test('seeds the demo content and lists the demo accounts once', () => {
    expect(server.output()).toContain('Empty database: seeding the demo content')
    expect(server.output()).toContain('admin@example.org')
    expect(server.output()).not.toContain(demoPassword)
  })

  test('serves French course titles of published courses through the API', async () => {
    const response = await fetch(`${server.baseURL}/api/courses?locale=fr&limit=100&depth=0`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { slug: string; title: string; _status: string }[] }
    const intro = body.docs.find((course) => course.slug === 'introduction-to-preventing-violent-extremism')
    expect(intro?.title).toMatch(/extrémisme violent/)
    expect(body.docs.length).toBe(12)
    expect(body.docs.every((course) => course._status === 'published')).toBe(true)
  })

  test('serves the admin sign-in page', async () => {
    const response = await fetch(`${server.baseURL}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Connect &amp; Learn admin')
  })

  test('lets a demo editor log in with an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await fetch(`${server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.org', password: demoPassword }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  test('a refusal by the platform’s own rules reaches the client in its own words', async () => {
    const login = await fetch(`${server.baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'learner@example.org', password: demoPassword }),
    })
    const { token, user } = (await login.json()) as { token: string; user: { id: number } }
    const courses = (await (await fetch(`${server.baseURL}/api/courses?limit=100&depth=0`)).json()) as {
      docs: { id: number; cohorts?: { id: string }[] }[]
    }
    const led = courses.docs.find((course) => (course.cohorts ?? []).length > 0)!
    // Picking a cohort through the plain create is refused (seats are counted by the enrol endpoint).
    const response = await fetch(`${server.baseURL}/api/enrolments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ user: user.id, course: led.id, cohort: led.cohorts![0].id }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Choose a cohort through')
  })

  test('keeps closed-course lessons and forum posts away from anonymous visitors', async () => {
    const posts = await fetch(`${server.baseURL}/api/posts`)
    expect(posts.status).toBe(403)
    const lessons = (await (await fetch(`${server.baseURL}/api/lessons?limit=200&depth=1`)).json()) as {
      docs: { course: { access: string } }[]
    }
    expect(lessons.docs.length).toBeGreaterThan(0)
    expect(lessons.docs.every((lesson) => lesson.course.access === 'open')).toBe(true)
  })

  test('builds the portal on first start and serves it at / in six languages', async () => {
    const root = await fetch(`${server.baseURL}/`)
    expect(root.status).toBe(200)
    const chooser = await root.text()
    for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) expect(chooser).toContain(`href="/${lang}/"`)
    const catalogue = await fetch(`${server.baseURL}/fr/courses/`)
    expect(catalogue.status).toBe(200)
    expect(await catalogue.text()).toContain('Catalogue des cours')
  })

  test('answers an unknown page with a 404 in the language of the address', async () => {
    const response = await fetch(`${server.baseURL}/es/no-such-page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('lang="es"')
  })
})
