import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, test } from 'vitest'

import { asServer } from '../helpers/asUser'
import { logIn, rest } from '../helpers/rest'
import { useWorld, type World } from '../helpers/world'

/** Registering for an event: places held exactly under a race, the join link only for those registered, my calendar. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))
const pathOf = (slug: string) => `/event-registrations/event/${slug}`
const path = () => pathOf(`world-event-${world.run}`)
let learner: string

beforeAll(async () => {
  learner = await logIn(world.users.learner.email, `pw-${world.run}-learner`)
})

describe('event registration', () => {
  test('the join link is shown only once registered; cancelling frees the place', async () => {
    expect((await rest({ path: path() })).json).toMatchObject({
      signedIn: false,
      registered: false,
      placesLeft: 2,
      joinUrl: null,
    })
    expect((await rest({ path: path(), token: learner })).json).toMatchObject({ registered: false, joinUrl: null })
    const registered = await rest({ method: 'POST', path: `${path()}/register`, token: learner })
    expect(registered.status).toBe(201)
    expect(registered.json).toMatchObject({
      registered: true,
      placesLeft: 1,
      joinUrl: `https://meet.example.org/join-${world.run}`,
    })
    expect((await rest({ method: 'POST', path: `${path()}/register`, token: learner })).status).toBe(409)

    const calendar = await rest({ path: '/event-registrations/mine.ics', token: learner })
    const vevents = new ICAL.Component(ICAL.parse(calendar.json.raw as string)).getAllSubcomponents('vevent')
    expect(vevents.map((event) => event.getFirstPropertyValue('summary'))).toEqual([`Webinar ${world.run}`])
    expect(String(vevents[0]!.getFirstPropertyValue('location'))).toContain(`join-${world.run}`)
    // Each entry links to the event's page in the person's own language.
    await payload.update({
      collection: 'users',
      id: world.users.learner.id,
      data: { preferredLanguage: 'fr' },
      ...asServer,
    })
    const inFrench = await rest({ path: '/event-registrations/mine.ics', token: learner })
    const [entry] = new ICAL.Component(ICAL.parse(inFrench.json.raw as string)).getAllSubcomponents('vevent')
    expect(String(entry!.getFirstPropertyValue('url'))).toMatch(new RegExp(`/fr/events/world-event-${world.run}/$`))

    expect((await rest({ method: 'POST', path: `${path()}/cancel`, token: learner })).json).toMatchObject({
      registered: false,
      placesLeft: 2,
      joinUrl: null,
    })
    expect((await rest({ path: '/event-registrations/mine.ics' })).status).toBe(401)
  })

  test('twenty people race for two places: exactly two get one', async () => {
    const slug = `race-${world.run}`
    const event = await world.create('events', {
      _status: 'published',
      title: `Race ${world.run}`,
      slug,
      type: 'webinar',
      startsAt: '2031-02-01T10:00:00Z',
      endsAt: '2031-02-01T11:00:00Z',
      timeZone: 'UTC',
      capacity: 2,
    })
    const tokens = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => {
        const email = `attendee-${index}-${world.run}@example.org`
        const user = await payload.create({
          collection: 'users',
          data: { name: `Attendee ${index}`, email, password: 'attendee-password' } as never,
          ...asServer,
        })
        world.made.push({ collection: 'users', id: user.id })
        return logIn(email, 'attendee-password')
      }),
    )
    const results = await Promise.all(
      tokens.map((token) => rest({ method: 'POST', path: `${pathOf(slug)}/register`, token })),
    )
    expect(results.filter((result) => result.status === 201)).toHaveLength(2)
    expect(results.filter((result) => result.status === 409)).toHaveLength(18)
    expect(
      (await payload.count({ collection: 'event-registrations', where: { event: { equals: event } }, ...asServer }))
        .totalDocs,
    ).toBe(2)
  }, 120_000)
})
