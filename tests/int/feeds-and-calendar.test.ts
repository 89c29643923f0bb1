import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { locales, type LocaleCode } from '../../cms/contract/locales'
import { buildPortal } from '../../cms/publishing/portalBuild'
import { asServer, asUser } from '../helpers/asUser'
import { testPayload } from '../helpers/payload'
import { scratchPortal } from '../helpers/scratchPortal'
import { buildWorld, destroyWorld, type World } from '../helpers/world'

const scratch = scratchPortal('feeds')
const site = 'https://learn.example.org'
let payload: Payload
let world: World
let buildDir: string

/** Words planted in what the public may not read; no feed or calendar may carry them. */
const hidden = { draft: 'zqfeeddraft', unpublished: 'zqfeedunpublished', draftChange: 'zqfeeddraftchange' }

/** The texts a translated item has: English, French and Arabic; Spanish readers get the English one. */
const translated = (word: string) => ({ en: `${word} in English`, fr: `${word} en français`, ar: `${word} بالعربية` })
const expectedTitle = (titles: ReturnType<typeof translated>, lang: LocaleCode) =>
  lang in titles ? titles[lang as keyof typeof titles] : titles.en

const resourceTitles = translated('Toolkit')
const upcomingTitles = translated('Workshop')
const pastTitles = translated('Conference')
const slugs = { resource: '', upcoming: '', past: '' }

const createTranslated = async (
  collection: 'resources' | 'events',
  titles: ReturnType<typeof translated>,
  data: Record<string, unknown>,
) => {
  const id = await world.create(collection, { ...data, _status: 'published', title: titles.en })
  for (const locale of ['fr', 'ar'] as const)
    await payload.update({ collection, id, locale, data: { title: titles[locale] }, ...asServer })
  return id
}

const eventAt = (startsAt: string) => ({
  type: 'webinar',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
  timeZone: 'UTC',
})

beforeAll(async () => {
  payload = await testPayload()
  world = await buildWorld(payload)
  const { run } = world
  slugs.resource = `toolkit-${run}`
  slugs.upcoming = `workshop-${run}`
  slugs.past = `conference-${run}`
  await createTranslated('resources', resourceTitles, { slug: slugs.resource, type: 'toolkit' })
  await createTranslated('events', upcomingTitles, { slug: slugs.upcoming, ...eventAt('2031-05-04T09:00:00.000Z') })
  await createTranslated('events', pastTitles, { slug: slugs.past, ...eventAt('2020-05-04T09:00:00.000Z') })

  await world.create('resources', { _status: 'draft', title: hidden.draft, slug: `feed-draft-${run}`, type: 'guide' })
  await world.create('events', {
    _status: 'draft',
    title: hidden.draft,
    slug: `feed-draft-event-${run}`,
    ...eventAt('2031-06-01T09:00:00.000Z'),
  })
  for (const collection of ['resources', 'events'] as const) {
    const data = collection === 'events' ? eventAt('2031-07-01T09:00:00.000Z') : { type: 'guide' }
    const gone = await world.create(collection, {
      ...data,
      _status: 'published',
      title: hidden.unpublished,
      slug: `feed-gone-${collection}-${run}`,
    })
    await payload.update({ collection, id: gone, data: { _status: 'draft' }, ...asServer })
    const changed = await world.create(collection, {
      ...data,
      _status: 'published',
      title: `Stable ${collection}`,
      slug: `feed-changed-${collection}-${run}`,
    })
    await payload.update({ collection, id: changed, data: { title: hidden.draftChange }, draft: true, ...asServer })
  }

  scratch.enter()
  vi.stubEnv('SITE_URL', site)
  buildDir = (await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR! })).buildDir
}, 600_000)

afterAll(async () => {
  if (world) await destroyWorld(payload, world)
  scratch.leave()
})

const fileOf = (urlPath: string) => readFileSync(path.join(buildDir, urlPath), 'utf8')

/** A page a link names exists in the build. */
const existsInBuild = (link: string) =>
  existsSync(path.join(buildDir, decodeURIComponent(new URL(link).pathname), 'index.html'))

/** What a visitor may read, by slug (access control enforced). */
const publicSlugs = async (collection: 'resources' | 'events', where = {}) =>
  (await payload.find({ collection, where, pagination: false, ...asUser() })).docs.map((doc) => doc.slug).sort()

type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }
type Rss = {
  rss: { '@_version': string; channel: { title: string; link: string; language: string; item?: RssItem[] } }
}

const readRss = (urlPath: string) => {
  const xml = fileOf(urlPath)
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as Rss
  expect(parsed.rss['@_version']).toBe('2.0')
  return parsed.rss.channel
}

const itemOf = (items: RssItem[] | undefined, guid: string) => (items ?? []).find((item) => item.guid['#text'] === guid)

const feeds = {
  library: { collection: 'resources', guid: 'resource' },
  events: { collection: 'events', guid: 'event' },
} as const

describe.each(locales.map(({ code }) => code))('the feeds and calendar in %s', (lang) => {
  test.each(Object.entries(feeds))(
    'the %s RSS feed lists every published item, in the language, linking to its page',
    async (feed, { collection, guid }) => {
      const channel = readRss(`${lang}/${feed}/feed.xml`)
      expect(channel.language).toBe(lang)
      expect(channel.link).toBe(`${site}/${lang}/${feed}/`)
      const items = channel.item ?? []
      expect(items.map((item) => item.guid['#text'].replace(`${guid}:`, '')).sort()).toEqual(
        await publicSlugs(collection),
      )
      for (const item of items) {
        expect(item.link.startsWith(`${site}/${lang}/${feed}/`)).toBe(true)
        expect(existsInBuild(item.link), item.link).toBe(true)
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      }
      const [slug, titles] = feed === 'library' ? [slugs.resource, resourceTitles] : [slugs.upcoming, upcomingTitles]
      expect(itemOf(items, `${guid}:${slug}`)?.title).toBe(expectedTitle(titles, lang))
      expect(itemOf(items, `${guid}:feed-changed-${collection}-${world.run}`)?.title).toBe(`Stable ${collection}`)
    },
  )

  test('calendar.ics holds every upcoming published event and nothing else, in the language, linking to its page', async () => {
    const calendar = new ICAL.Component(ICAL.parse(fileOf(`${lang}/events/calendar.ics`)))
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => ({ event: new ICAL.Event(vevent), url: String(vevent.getFirstPropertyValue('url')) }))
    const slugOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).pop()
    expect(events.map(({ url }) => slugOf(url)).sort()).toEqual(
      await publicSlugs('events', { endsAt: { greater_than_equal: new Date().toISOString() } }),
    )
    expect(events.map(({ url }) => slugOf(url))).not.toContain(slugs.past)
    for (const { url } of events) {
      expect(url.startsWith(`${site}/${lang}/events/`)).toBe(true)
      expect(existsInBuild(url), url).toBe(true)
    }
    const upcoming = events.find(({ url }) => slugOf(url) === slugs.upcoming)!
    expect(upcoming.event.summary).toBe(expectedTitle(upcomingTitles, lang))
    expect(upcoming.event.startDate.toJSDate().toISOString()).toBe('2031-05-04T09:00:00.000Z')
    expect(upcoming.event.endDate.toJSDate().toISOString()).toBe('2031-05-04T10:00:00.000Z')
  })

  test('no feed or calendar carries a draft, an unpublished item or an unpublished change', () => {
    for (const file of ['library/feed.xml', 'events/feed.xml', 'events/calendar.ics']) {
      const text = fileOf(`${lang}/${file}`)
      for (const word of Object.values(hidden)) expect(text, `${file} carries ${word}`).not.toContain(word)
    }
  })
})

test('the past event is in the events feed (a record of what happened) but not in the calendar', () => {
  expect(itemOf(readRss('fr/events/feed.xml').item, `event:${slugs.past}`)?.title).toBe(pastTitles.fr)
})
