import { useEffect, useMemo, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import { translatorFor, type Strings } from '../strings'
import { Activity } from './Activity'
import { Composer } from './Composer'
import { JoinForm } from './JoinForm'
import { MembershipRequests } from './MembershipRequests'
import { ThreadView } from './ThreadView'
import type { Me, Membership, Thread } from './types'

type Props = { lang: string; community: string; strings: Strings }

/** A community's members' area: asking to join, then the forum — for members and moderators only. */
export default function CommunityIsland({ lang, community, strings }: Props) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [communityId, setCommunityId] = useState<number | null>(null)
  const [membership, setMembership] = useState<Membership | null>(null)
  const [threads, setThreads] = useState<Thread[]>([])
  const [open, setOpen] = useState<Thread | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    void (async () => {
      const [user, found] = await Promise.all([
        callApi<{ user: Me | null }>(t, '/users/me'),
        callApi<{ docs: { id: number }[] }>(
          t,
          `/communities?where[slug][equals]=${encodeURIComponent(community)}&select[slug]=true&depth=0&limit=1`,
        ),
      ])
      const id = found.ok ? (found.data.docs[0]?.id ?? null) : null
      const signedIn = user.ok ? user.data.user : null
      setCommunityId(id)
      if (signedIn && id) {
        const mine = await callApi<{ docs: Membership[] }>(
          t,
          `/memberships?where[community][equals]=${id}&where[user][equals]=${signedIn.id}&depth=0`,
        )
        setMembership(mine.ok ? (mine.data.docs[0] ?? null) : null)
      }
      setMe(signedIn)
    })()
  }, [t, community])

  const moderator = Boolean(
    me?.roles?.includes('admin') || (membership?.status === 'approved' && membership.role === 'moderator'),
  )
  const member = membership?.status === 'approved'

  useEffect(() => {
    if (!member || !communityId) return
    void callApi<{ docs: Thread[] }>(
      t,
      `/threads?where[community][equals]=${communityId}&sort=-updatedAt&limit=100&depth=0`,
    ).then((result) => {
      if (!result.ok) return setError(result.message)
      setThreads([...result.data.docs].sort((a, b) => Number(Boolean(b.pinned)) - Number(Boolean(a.pinned))))
    })
  }, [t, member, communityId])

  if (me === undefined) return <p role="status">{t('forum.loading')}</p>
  if (!me)
    return (
      <p>
        <a className="button" href={`/${lang}/account/`}>
          {t('forum.signIn')}
        </a>
      </p>
    )
  if (!communityId) return <Notice kind="error" text={t('account.error.generic')} />
  if (!membership) return <JoinForm t={t} me={me} community={communityId} joined={setMembership} />
  if (!member) return <p role="status">{t(`forum.status.${membership.status}`)}</p>
  if (open)
    return (
      <ThreadView
        t={t}
        lang={lang}
        me={me}
        thread={open}
        community={communityId}
        moderator={moderator}
        back={() => setOpen(null)}
        changed={(thread) => setThreads((all) => all.map((item) => (item.id === thread.id ? thread : item)))}
      />
    )
  const openThread = async (id: number) => {
    const known = threads.find((thread) => thread.id === id)
    const result = known ? null : await callApi<Thread>(t, `/threads/${id}?depth=0`)
    const thread = known ?? (result?.ok ? result.data : null)
    if (thread) setOpen(thread)
  }

  return (
    <div className="forum">
      {moderator && <MembershipRequests t={t} lang={lang} community={communityId} />}
      <Activity t={t} lang={lang} community={community} openThread={openThread} />
      <h3>{t('forum.threads')}</h3>
      {threads.length === 0 ? (
        <p>{t('forum.noThreads')}</p>
      ) : (
        <ul className="threads">
          {threads.map((thread) => (
            <li key={thread.id}>
              <button type="button" className="link" onClick={() => setOpen(thread)}>
                {thread.title}
              </button>
              <span className="meta">
                {' '}
                · {thread.authorName || t('forum.formerMember')}
                {thread.pinned && <> · {t('forum.pinned')}</>}
                {thread.locked && <> · {t('forum.lockedLabel')}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Notice kind="error" text={error} />
      <h3>{t('forum.newThread')}</h3>
      <Composer<Thread>
        t={t}
        path="/threads"
        extra={{ community: communityId }}
        community={communityId}
        withTitle
        label={t('forum.message')}
        posted={(thread) => (setThreads((all) => [thread, ...all]), setOpen(thread))}
      />
    </div>
  )
}
