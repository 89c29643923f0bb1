import { useState } from 'react'

import { callApi } from '../api'
import type { Translate } from '../strings'
import type { Membership } from './types'

type Props = {
  t: Translate
  community: number
  author: number
  name: string
  done: (message: string, failed?: boolean) => void
}

/** A moderator bans the author of a message from the community, after saying yes a second time. */
export const BanAuthor = ({ t, community, author, name, done }: Props) => {
  const [asking, setAsking] = useState(false)
  const ban = async () => {
    setAsking(false)
    const found = await callApi<{ docs: Membership[] }>(
      t,
      `/memberships?where[community][equals]=${community}&where[user][equals]=${author}&depth=0&limit=1`,
    )
    const membership = found.ok ? found.data.docs[0] : undefined
    if (!membership) return done(found.ok ? t('forum.banNotMember', { name }) : found.message, true)
    const result = await callApi(t, `/memberships/${membership.id}?depth=0`, {
      method: 'PATCH',
      body: { status: 'banned' },
    })
    if (result.ok) done(t('forum.banDone', { name }))
    // Moderators' memberships are an admin's to change.
    else done(result.status === 403 ? t('forum.banRefused') : result.message, true)
  }
  if (!asking)
    return (
      <button type="button" className="link" onClick={() => setAsking(true)}>
        {t('forum.ban')}
        <span className="visually-hidden"> {name}</span>
      </button>
    )
  return (
    <span role="group" aria-label={t('forum.ban')}>
      {t('forum.banConfirm', { name })}{' '}
      <button type="button" className="danger" onClick={ban}>
        {t('forum.banYes')}
      </button>{' '}
      <button type="button" className="link" onClick={() => setAsking(false)}>
        {t('forum.cancel')}
      </button>
    </span>
  )
}
