import type { Endpoint, PayloadRequest } from 'payload'

import { oneAtATimePer } from '../../../concurrency/oneAtATimePer'
import { relationId } from '../../../lib/relationId'
import { problem } from '../../../http/problem'
import { publishedBySlug } from '../../../http/publishedBySlug'
import { routeParam } from '../../../http/routeParam'
import { settings } from '../../../config/settings'
import { languageOf } from '../../../email/emailText'
import { myEventsCalendar } from './eventsCalendar'
import type { Event } from '../../../payload-types'

const publishedEvent = (req: PayloadRequest, slug: string) => publishedBySlug(req, 'events', slug)

const registrationsFor = (req: PayloadRequest, event: Event) =>
  req.payload.find({
    collection: 'event-registrations',
    where: { event: { equals: event.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { user: true },
    req,
  })

/** What the event page shows: places left, whether I am registered, and then (only then) the join link. */
const stateOf = async (req: PayloadRequest, event: Event) => {
  const { docs } = await registrationsFor(req, event)
  const registered = Boolean(req.user && docs.some((doc) => String(doc.user) === String(req.user!.id)))
  return {
    signedIn: Boolean(req.user),
    registered,
    capacity: event.capacity ?? null,
    placesLeft: event.capacity ? Math.max(0, event.capacity - docs.length) : null,
    ended: new Date(event.endsAt) < new Date(),
    joinUrl: registered ? (event.joinUrl ?? null) : null,
  }
}

const withEvent =
  (handler: (req: PayloadRequest, event: Event) => Promise<Response>) => async (req: PayloadRequest) => {
    const event = await publishedEvent(req, routeParam(req, 'event'))
    return event ? handler(req, event) : problem(404, 'No such event.')
  }

/** GET /api/event-registrations/event/:event */
const readState: Endpoint = {
  path: '/event/:event',
  method: 'get',
  handler: withEvent(async (req, event) =>
    Response.json(await stateOf(req, event), { headers: { 'cache-control': 'no-store' } }),
  ),
}

/** POST /api/event-registrations/event/:event/register — places counted one request at a time per event. */
const register: Endpoint = {
  path: '/event/:event/register',
  method: 'post',
  handler: withEvent(async (req, event) => {
    if (!req.user) return problem(401, 'Sign in to register.')
    if (new Date(event.endsAt) < new Date()) return problem(409, 'This event is over.')
    return oneAtATimePer(`event-${event.id}`, async () => {
      const state = await stateOf(req, event)
      if (state.registered) return problem(409, 'You are already registered.')
      if (state.placesLeft === 0) return problem(409, 'This event is full.')
      await req.payload.create({
        collection: 'event-registrations',
        data: { event: event.id, user: req.user!.id },
        overrideAccess: true,
        req,
      })
      return Response.json(await stateOf(req, event), { status: 201 })
    })
  }),
}

/** POST /api/event-registrations/event/:event/cancel */
const cancel: Endpoint = {
  path: '/event/:event/cancel',
  method: 'post',
  handler: withEvent(async (req, event) => {
    if (!req.user) return problem(401, 'Sign in first.')
    await req.payload.delete({
      collection: 'event-registrations',
      where: { and: [{ event: { equals: event.id } }, { user: { equals: req.user.id } }] },
      overrideAccess: true,
      req,
    })
    return Response.json(await stateOf(req, event))
  }),
}

/** GET /api/event-registrations/mine.ics — my registered events as an iCalendar file, in my language, join links included. */
const myCalendar: Endpoint = {
  path: '/mine.ics',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Sign in to download your calendar.')
    const { docs } = await req.payload.find({
      collection: 'event-registrations',
      where: { user: { equals: req.user.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const lang = languageOf(req.user)
    const events = await req.payload.find({
      collection: 'events',
      where: { and: [{ id: { in: docs.map((doc) => relationId(doc.event)) } }, { _status: { equals: 'published' } }] },
      depth: 0,
      pagination: false,
      // The join link is read past its field rule: she registered, so it is hers to have.
      overrideAccess: true,
      locale: lang,
      req,
    })
    const serverUrl = settings().SERVER_URL ?? `http://localhost:${settings().PORT}`
    return new Response(myEventsCalendar({ events: events.docs, serverUrl, lang }), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="my-events.ics"',
        'cache-control': 'private, no-store',
      },
    })
  },
}

export const registrationEndpoints = [myCalendar, readState, register, cancel]
