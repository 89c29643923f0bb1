import { useState, type FormEvent } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import type { Post } from './types'

/** Her own post, corrected in place (the server allows it for a while after posting). */
export const PostEditor = ({
  t,
  post,
  saved,
  cancel,
}: {
  t: Translate
  post: Post & { body?: string }
  saved: (post: Post) => void
  cancel: () => void
}) => {
  const [error, setError] = useState('')
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const body = String(new FormData(event.currentTarget).get('body') ?? '')
    const result = await callApi<{ doc: Post }>(t, `/posts/${post.id}?depth=0`, { method: 'PATCH', body: { body } })
    if (result.ok) saved(result.data.doc)
    else setError(result.message)
  }
  return (
    <form onSubmit={submit}>
      <p className="field">
        <label htmlFor={`edit-${post.id}`}>{t('forum.yourReply')}</label>
        <textarea
          id={`edit-${post.id}`}
          name="body"
          required
          maxLength={20000}
          rows={4}
          defaultValue={post.body ?? ''}
        />
      </p>
      <Notice kind="error" text={error} />
      <p className="post-actions">
        <button type="submit">{t('forum.save')}</button>
        <button type="button" className="link" onClick={cancel}>
          {t('forum.cancel')}
        </button>
      </p>
    </form>
  )
}
