import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { buildPortal } from '../../cms/publishing/portalBuild'
import { asServer } from '../helpers/asUser'
import { leaksIn, writtenForms } from '../helpers/leakScan'
import { testPayload } from '../helpers/payload'
import { readPortal } from '../helpers/portalFiles'
import { scratchPortal } from '../helpers/scratchPortal'
import { buildWorld, destroyWorld, type World } from '../helpers/world'

const scratch = scratchPortal('leaks')
let payload: Payload
let world: World
let files: Map<string, string>
/** Every account's e-mail address and every expert's contact address in the database when the build ran. */
let privateAddresses: string[]

/** Unique words planted in private records; none may appear anywhere in the public build. */
const markers = {
  draft: 'zqdraftmarker',
  closedLesson: 'zqclosedlessonmarker',
  forumPost: 'zqforumpostmarker',
  thread: 'zqthreadmarker',
  privateExpert: 'zqprivateexpertmarker',
  email: 'zqemailmarker',
  meetingLink: 'zqmeetingmarker',
  joinLink: 'zqjoinlinkmarker',
}
const publicMarker = 'zqpublicmarker'

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

describe('the public build contains exactly what the public may read', () => {
  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    await world.create('resources', {
      _status: 'draft',
      title: `Draft ${markers.draft}`,
      slug: `draft-${world.run}`,
      type: 'guide',
    })
    await world.create('resources', {
      _status: 'published',
      title: `Published ${publicMarker}`,
      slug: `published-${world.run}`,
      type: 'guide',
    })
    await payload.update({
      collection: 'lessons',
      id: world.closedLesson,
      data: { body: paragraph(markers.closedLesson) } as never,
      ...asServer,
    })
    const thread = await world.create('threads', {
      community: world.community,
      author: world.users.learner.id,
      title: markers.thread,
      body: 'x',
    })
    await world.create('posts', { thread, author: world.users.learner.id, body: markers.forumPost })
    await world.create('experts', {
      _status: 'published',
      name: markers.privateExpert,
      headline: 'x',
      slug: `pe-${world.run}`,
      publicProfile: false,
    })
    await world.create('users', {
      name: 'Marked',
      email: `${markers.email}-${world.run}@example.org`,
      password: 'long-password-1',
      roles: ['learner'],
    })
    await payload.update({
      collection: 'courses',
      id: world.closedCourse,
      data: {
        format: 'instructor-led',
        cohorts: [
          {
            name: 'C',
            startDate: '2030-01-01',
            endDate: '2030-02-01',
            capacity: 5,
            meetingUrl: `https://meet.example.org/${markers.meetingLink}`,
          },
        ],
      },
      ...asServer,
    })
    await world.create('events', {
      _status: 'published',
      title: 'Webinar',
      slug: `webinar-${world.run}`,
      type: 'webinar',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T11:00:00Z',
      timeZone: 'UTC',
      joinUrl: `https://meet.example.org/${markers.joinLink}`,
    })
    scratch.enter()
    const result = await buildPortal({ payload, mediaDir: process.env.MEDIA_DIR! })
    files = await readPortal(result.buildDir)
    files = new Map([...files, ...(await readPortal(path.join(scratch.dir, 'snapshot')))])
    const accounts = await payload.find({ collection: 'users', pagination: false, ...asServer })
    // The published profile and the latest draft: either may hold an address the other does not.
    const experts = [false, true].map((draft) =>
      payload.find({ collection: 'experts', draft, pagination: false, ...asServer }),
    )
    const contacts = (await Promise.all(experts)).flatMap(({ docs }) => docs.map((expert) => expert.contactEmail))
    privateAddresses = [...accounts.docs.map((account) => account.email), ...contacts].filter(
      (address): address is string => !!address,
    )
  }, 600_000)

  afterAll(async () => {
    await destroyWorld(payload, world)
    scratch.leave()
  })

  test('it does contain published content (so the search below can find things)', () => {
    expect([...files.values()].some((text) => text.includes(publicMarker))).toBe(true)
  })

  test.each(Object.entries(markers))('nothing of: %s', (_, marker) => {
    const found = [...files].filter(([, text]) => text.includes(marker)).map(([name]) => name)
    expect(found).toEqual([])
  })

  test('no e-mail address of any account, and no expert’s contact address, in any form', () => {
    expect(privateAddresses).toEqual(
      expect.arrayContaining([
        world.users.learner.email,
        `${markers.email}-${world.run}@example.org`,
        `public-${world.run}@example.org`,
      ]),
    )
    expect(leaksIn(files, privateAddresses.flatMap(writtenForms))).toEqual([])
  })
})

describe('the leak scan', () => {
  test('flags a file holding an address, however it is written, and only that file', () => {
    const address = 'Someone.Private@example.org'
    const synthetic = new Map([
      ['en/index.html', '<p>Nothing private here</p>'],
      ['en/experts/a/index.html', '<a href="mailto:someone.private@example.org">Write</a>'],
      ['snapshot/experts.json', '{"contact":"someone.private\\u0040example.org"}'],
      ['en/experts/b/index.html', '<span>someone.private&#64;example.org</span>'],
    ])
    expect(leaksIn(synthetic, writtenForms(address)).map(({ file }) => file)).toEqual([
      'en/experts/a/index.html',
      'snapshot/experts.json',
      'en/experts/b/index.html',
    ])
  })
})
