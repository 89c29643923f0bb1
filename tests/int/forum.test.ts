import type { Payload } from 'payload'
import { beforeAll, describe, expect, test, vi } from 'vitest'

import { renderMarkdown } from '../../cms/forum/renderMarkdown'
import { asServer } from '../helpers/asUser'
import { mailTo } from '../helpers/mailbox'
import { logIn, rest } from '../helpers/rest'
import { unsafeMarkupIn } from '../helpers/unsafeMarkup'
import { useWorld, type World } from '../helpers/world'

/** Forums through the API the community island uses: joining, posting, reporting, hiding; posts rendered safe. */
let payload: Payload
let world: World
useWorld((made) => ({ payload, world } = made))
const token: Record<string, string> = {}

/** Attacks people paste into forums; none may survive as markup that runs. */
const xssCorpus = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://example.org"></iframe>',
  '"><script>alert(1)</script>',
  '![x](x" onerror="alert(1))',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>',
  '`<script>` stays code',
  '<<script>script>alert(1)<</script>/script>',
]

describe('forum text', () => {
  test.each(xssCorpus)('renders inert: %s', (attack) => {
    expect(unsafeMarkupIn(renderMarkdown(attack))).toEqual([])
  })

  // The checker itself must see an attack when one gets through unescaped.
  test.each([
    ['<img src=x onerror=alert(1)>', ['element <img>', 'attribute src on <img>', 'attribute onerror on <img>']],
    ['<svg onload=alert(1)>', ['element <svg>', 'attribute onload on <svg>']],
    [
      '<details open ontoggle=alert(1)>',
      ['element <details>', 'attribute open on <details>', 'attribute ontoggle on <details>'],
    ],
    ['<a href=javascript:alert(1)>x</a>', ['link to javascript:alert(1) on <a>']],
    ['<a href="jav&#x61;script:alert(1)" rel="ugc">x</a>', ['link to javascript:alert(1) on <a>']],
    ['<p title="x" onclick="alert(1)">x</p>', ['attribute title on <p>', 'attribute onclick on <p>']],
  ])('the checker flags raw %s', (attack, expected) => {
    expect(unsafeMarkupIn(attack)).toEqual(expected)
  })

  test('Markdown formatting survives; links are marked as user content', () => {
    const html = renderMarkdown('**Bold** and _em_\n\n- item\n\n[UNOCT](https://www.un.org/counterterrorism/)')
    expect(html).toContain('<strong>Bold</strong>')
    expect(html).toContain('<li>item</li>')
    expect(html).toContain('<a href="https://www.un.org/counterterrorism/" rel="ugc nofollow noopener">UNOCT</a>')
  })
})

describe('a community forum', () => {
  beforeAll(async () => {
    for (const key of ['learner', 'other-learner', 'moderator', 'instructor', 'editor'] as const)
      token[key] = await logIn(`${key}-${world.run}@example.org`, `pw-${world.run}-${key}`)
  })

  test('someone asks to join; the moderator approves; she is told by e-mail', async () => {
    const asked = await rest({
      method: 'POST',
      path: '/memberships',
      token: token.instructor,
      body: { user: world.users.instructor.id, community: world.community, message: 'I teach this.' },
    })
    expect(asked.status).toBe(201)
    expect((asked.json.doc as { status: string }).status).toBe('pending')
    const id = (asked.json.doc as { id: number }).id
    world.made.push({ collection: 'memberships', id })
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/memberships/${id}`,
          token: token.instructor,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/memberships/${id}`,
          token: token.moderator,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(200)
    expect(mailTo(world.users.instructor.email).pop()?.html).toContain(`/communities/community-${world.run}/`)
  })

  test('a member posts: signed with her name, rendered safe; others read it, strangers do not', async () => {
    const thread = await rest({
      method: 'POST',
      path: '/threads',
      token: token.learner,
      body: {
        community: world.community,
        title: 'Hello',
        body: 'Hi <script>alert(1)</script> **all**',
        authorName: 'Forged',
      },
    })
    expect(thread.status).toBe(201)
    const doc = thread.json.doc as { id: number; authorName: string; bodyHtml: string }
    expect(doc.authorName).toBe(world.users.learner.name)
    expect(doc.bodyHtml).toContain('<strong>all</strong>')
    expect(doc.bodyHtml).not.toContain('<script')
    const reply = await rest({
      method: 'POST',
      path: '/posts',
      token: token['other-learner'],
      body: { thread: doc.id, body: 'A reply to report' },
    })
    expect(reply.status).toBe(201)
    const post = (reply.json.doc as { id: number }).id
    expect((await rest({ path: `/posts/${post}`, token: token.learner })).status).toBe(200)
    expect((await rest({ path: `/posts/${post}` })).status).toBe(403)

    // Reported by a member, hidden by the moderator: members no longer see it.
    expect((await rest({ method: 'POST', path: `/posts/${post}/report`, token: token.learner })).status).toBe(200)
    expect(
      (await rest({ method: 'PATCH', path: `/posts/${post}`, token: token.learner, body: { reported: false } })).json,
    ).not.toMatchObject({ doc: { reported: false } })
    const reported = await rest({
      path: `/posts?where[reported][equals]=true&where[thread][equals]=${doc.id}`,
      token: token.moderator,
    })
    expect((reported.json.docs as unknown[]).length).toBe(1)
    expect(
      (await rest({ method: 'PATCH', path: `/posts/${post}`, token: token.learner, body: { hidden: true } })).status,
    ).toBe(403)
    expect(
      (
        await rest({
          method: 'PATCH',
          path: `/posts/${post}`,
          token: token.moderator,
          body: { hidden: true, reported: false },
        })
      ).status,
    ).toBe(200)
    expect((await rest({ path: `/posts/${post}`, token: token.learner })).status).toBe(404)
    world.made.push({ collection: 'threads', id: doc.id }, { collection: 'posts', id: post })

    // Her own reply: she may correct it for a while, then no more.
    const own = (
      await rest({ method: 'POST', path: '/posts', token: token.learner, body: { thread: doc.id, body: 'Typo' } })
    ).json.doc as { id: number }
    world.made.push({ collection: 'posts', id: own.id })
    const corrected = await rest({
      method: 'PATCH',
      path: `/posts/${own.id}`,
      token: token.learner,
      body: { body: 'Fixed' },
    })
    expect(corrected.status).toBe(200)
    expect((corrected.json.doc as { editedAt?: string }).editedAt).toBeTruthy()
    await payload.update({
      collection: 'posts',
      id: own.id,
      data: { createdAt: new Date(Date.now() - 31 * 60_000).toISOString() } as never,
      ...asServer,
    })
    expect(
      (await rest({ method: 'PATCH', path: `/posts/${own.id}`, token: token.learner, body: { body: 'Too late' } }))
        .status,
    ).toBe(403)
  })

  test('one account cannot flood a forum: the per-account limit answers 429', async () => {
    const email = `poster-${world.run}@example.org`
    const poster = await world.create('users', {
      name: 'Poster',
      email,
      password: 'poster-password',
      roles: ['learner'],
    })
    await world.create('memberships', { user: poster, community: world.community, role: 'member', status: 'approved' })
    const own = await logIn(email, 'poster-password')
    vi.stubEnv('RATE_LIMIT_MULTIPLIER', '0.1')
    const post = (title: string) =>
      rest({ method: 'POST', path: '/threads', token: own, body: { community: world.community, title, body: 'x' } })
    const first = await post('One')
    const second = await post('Two')
    const third = await post('Three')
    vi.unstubAllEnvs()
    for (const made of [first, second])
      if (made.status === 201) world.made.push({ collection: 'threads', id: (made.json.doc as { id: number }).id })
    expect([first.status, second.status, third.status]).toEqual([201, 201, 429])
    expect(JSON.stringify(third.json)).toMatch(/Too many posts from your account/)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(60)
  })

  // Each write holds a database connection for its transaction while the posting limit is counted;
  // counting on the same connections deadlocked PostgreSQL once writes outnumbered the pool.
  test('twenty replies at once are all answered', { timeout: 60_000 }, async () => {
    const thread = await rest({
      method: 'POST',
      path: '/threads',
      token: token.learner,
      body: { community: world.community, title: `Busy ${world.run}`, body: 'x' },
    })
    const threadId = (thread.json.doc as { id: number }).id
    world.made.push({ collection: 'threads', id: threadId })
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        rest({
          method: 'POST',
          path: '/posts',
          token: token['other-learner'],
          body: { thread: threadId, body: `#${index}` },
        }),
      ),
    )
    for (const reply of replies)
      if (reply.status === 201) world.made.push({ collection: 'posts', id: (reply.json.doc as { id: number }).id })
    expect(replies.map((reply) => reply.status).filter((status) => status !== 201 && status !== 429)).toEqual([])
    expect(replies.filter((reply) => reply.status === 201).length).toBeGreaterThan(0)
  })

  test('members follow the activity stream; others do not see it', async () => {
    const thread = await rest({
      method: 'POST',
      path: '/threads',
      token: token.learner,
      body: { community: world.community, title: `Activity ${world.run}`, body: 'x' },
    })
    world.made.push({ collection: 'threads', id: (thread.json.doc as { id: number }).id })
    const activity = await rest({ path: `/communities/community-${world.run}/activity`, token: token['other-learner'] })
    expect(activity.status).toBe(200)
    expect(activity.json.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'thread', title: `Activity ${world.run}`, by: world.users.learner.name }),
      ]),
    )
    expect((await rest({ path: `/communities/community-${world.run}/activity`, token: token.editor })).status).toBe(403)
    expect((await rest({ path: `/communities/community-${world.run}/activity` })).status).toBe(401)
  })
})
