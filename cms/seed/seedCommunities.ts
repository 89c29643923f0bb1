import type { CommunityContent } from './content-schema'
import { idsOf, published, type SeedContext } from './context'
import { byLocale, mapLocales, upsert } from './upsert'
import type { Community, Membership } from '../payload-types'

type CommunityId = Community['id']

const seedMemberships = async (
  { payload, ids }: SeedContext,
  community: CommunityContent,
  communityId: CommunityId,
) => {
  const membership = (key: string, role: Membership['role'], status: Membership['status']) => ({ key, role, status })
  const people = [
    ...community.moderators.map((key) => membership(key, 'moderator', 'approved')),
    ...community.members.map((key) => membership(key, 'member', 'approved')),
    ...community.pending.map((key) => membership(key, 'member', 'pending')),
  ]
  for (const person of people) {
    const [user] = idsOf(ids.users, [person.key])
    await upsert({
      payload,
      collection: 'memberships',
      where: { user: { equals: user }, community: { equals: communityId } },
      data: { user, community: communityId, role: person.role, status: person.status },
    })
  }
}

const seedForum = async ({ payload, ids }: SeedContext, community: CommunityContent, communityId: CommunityId) => {
  for (const thread of community.threads) {
    const [author] = idsOf(ids.users, [thread.author])
    const { id: threadId } = await upsert({
      payload,
      collection: 'threads',
      where: { community: { equals: communityId }, title: { equals: thread.title } },
      data: {
        community: communityId,
        author,
        title: thread.title,
        body: thread.body,
        pinned: thread.pinned,
        locked: thread.locked,
      },
      createOnly: { lastActivityAt: new Date().toISOString() },
    })
    for (const reply of thread.replies) {
      const [replyAuthor] = idsOf(ids.users, [reply.author])
      await upsert({
        payload,
        collection: 'posts',
        where: { thread: { equals: threadId }, author: { equals: replyAuthor }, body: { equals: reply.body } },
        data: { thread: threadId, author: replyAuthor, body: reply.body },
      })
    }
  }
}

export const seedCommunities = async (context: SeedContext) => {
  const { payload, content, markdown, ids } = context
  for (const community of content.communities) {
    const { english, translations } = byLocale({
      name: community.name,
      summary: community.summary,
      description: mapLocales(community.description, markdown),
    })
    const { id } = await upsert({
      payload,
      collection: 'communities',
      where: { slug: { equals: community.slug } },
      data: {
        ...published,
        slug: community.slug,
        theme: idsOf(ids.themes, [community.theme])[0],
        membershipPolicy: 'approval',
        moderatorProfiles: idsOf(ids.experts, community.moderatorProfiles),
        ...english,
      },
      translations,
    })
    ids.communities.set(community.slug, id)
    await seedMemberships(context, community, id)
    await seedForum(context, community, id)
  }
}
