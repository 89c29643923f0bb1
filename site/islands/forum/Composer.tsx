import { useState, type FormEvent } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import { allowedUploadTypes } from '@contract/uploads'
import type { Translate } from '../strings'
import { shareFile } from './shareFile'

/** A new thread (with a title) or a reply: Markdown text, sent to the API, rendered safe by the server. */
export const Composer = <T,>({
  t,
  path,
  extra,
  withTitle,
  label,
  community,
  posted,
}: {
  t: Translate
  path: string
  extra: Record<string, unknown>
  withTitle: boolean
  label: string
  community: number
  posted: (doc: T) => void
}) => {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const { attachment, ...values } = Object.fromEntries(new FormData(form))
    setBusy(true)
    // A shared file is stored first (members of this community only), then linked from the text.
    if (attachment instanceof File && attachment.size > 0) {
      const shared = await shareFile(t, attachment, community)
      if ('error' in shared) return (setBusy(false), setError(shared.error))
      values.body = `${String(values.body ?? '')}\n\n${shared.link}`
    }
    const result = await callApi<{ doc: T }>(t, path, { method: 'POST', body: { ...extra, ...values } })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    form.reset()
    setError('')
    posted(result.data.doc)
  }
  return (
    <form onSubmit={submit} className="composer">
      {withTitle && (
        <p className="field">
          <label htmlFor={`${path.replace(/\W/g, '')}-title`}>{t('forum.threadTitle')}</label>
          <input id={`${path.replace(/\W/g, '')}-title`} name="title" required maxLength={200} />
        </p>
      )}
      <p className="field">
        <label htmlFor={`${path.replace(/\W/g, '')}-body`}>{label}</label>
        <textarea
          id={`${path.replace(/\W/g, '')}-body`}
          name="body"
          required
          maxLength={20000}
          rows={5}
          aria-describedby={`${path.replace(/\W/g, '')}-hint`}
        />
        <small id={`${path.replace(/\W/g, '')}-hint`}>{t('forum.markdownHint')}</small>
      </p>
      <p className="field">
        <label htmlFor={`${path.replace(/\W/g, '')}-file`}>{t('forum.attach')}</label>
        <input
          id={`${path.replace(/\W/g, '')}-file`}
          name="attachment"
          type="file"
          accept={allowedUploadTypes.join(',')}
          aria-describedby={`${path.replace(/\W/g, '')}-file-hint`}
        />
        <small id={`${path.replace(/\W/g, '')}-file-hint`}>{t('forum.attachHint')}</small>
      </p>
      <Notice kind="error" text={error} />
      <p>
        <button type="submit" disabled={busy}>
          {withTitle ? t('forum.startThread') : t('forum.reply')}
        </button>
      </p>
    </form>
  )
}
