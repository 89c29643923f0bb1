import { useState, type FormEvent } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import type { Me, Membership } from './types'

/** Asking to join: a short message for the moderators, then a pending request. */
export const JoinForm = ({
  t,
  me,
  community,
  joined,
}: {
  t: Translate
  me: Me
  community: number
  joined: (membership: Membership) => void
}) => {
  const [error, setError] = useState('')
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const message = String(new FormData(event.currentTarget).get('message') ?? '')
    const result = await callApi<{ doc: Membership }>(t, '/memberships', {
      method: 'POST',
      body: { user: me.id, community, message },
    })
    if (result.ok) joined(result.data.doc)
    else setError(result.message)
  }
  return (
    <form onSubmit={submit}>
      <p className="field">
        <label htmlFor="join-message">{t('forum.joinMessage')}</label>
        <textarea id="join-message" name="message" maxLength={1000} rows={3} aria-describedby="join-privacy" />
        <small id="join-privacy">{t('forum.joinPrivacy')}</small>
      </p>
      <Notice kind="error" text={error} />
      <p>
        <button type="submit">{t('forum.joinButton')}</button>
      </p>
    </form>
  )
}
