import { useState, type FormEvent } from 'react'

import { callApi } from '../api'
import { MyLearning } from '../learn/MyLearning'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import { ProfileFields } from './ProfileFields'
import { SignInDetails } from './SignInDetails'
import { formValues, type Me } from './types'

type Props = {
  t: Translate
  lang: string
  me: Me
  initialNotice: string
  updated: (me: Me) => void
  signedOut: (message: string) => void
}

/** The signed-in person's profile, their data download, signing out and deleting the account. */
export const Profile = ({ t, lang, me, initialNotice, updated, signedOut }: Props) => {
  const [error, setError] = useState('')
  const [done, setDone] = useState(initialNotice)
  const [confirmed, setConfirmed] = useState(false)

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError('')
    setDone('')
    const values = formValues(event.currentTarget)
    // A cleared optional field is saved as cleared, not left as it was.
    const body = { organisation: '', country: '', sector: null, gender: null, ...values }
    const result = await callApi<{ doc: Me }>(t, `/users/${me.id}`, { method: 'PATCH', body })
    if (!result.ok) return setError(result.message)
    updated(result.data.doc)
    setDone(t('account.saved'))
  }
  const signOut = async () => {
    await callApi(t, '/users/logout', { method: 'POST' })
    signedOut(t('account.signedOut'))
  }
  const remove = async () => {
    const result = await callApi(t, `/users/${me.id}`, { method: 'DELETE' })
    if (!result.ok) return setError(result.message)
    signedOut(t('account.deleted'))
  }

  return (
    <>
      <p className="lead">{t('account.welcome', { name: me.name })}</p>
      <p>
        <button type="button" onClick={signOut}>
          {t('account.signOutButton')}
        </button>
      </p>
      <MyLearning t={t} lang={lang} />
      <section className="account-panel" aria-labelledby="profile-title">
        <form onSubmit={save}>
          <h2 id="profile-title">{t('account.profileTitle')}</h2>
          <p className="meta">
            {t('account.email')}: {me.email}
          </p>
          <ProfileFields t={t} me={me} lang={lang} />
          <Notice kind="error" text={error} />
          <Notice kind="done" text={done} />
          <p>
            <button type="submit">{t('account.saveButton')}</button>
          </p>
        </form>
      </section>
      <SignInDetails t={t} me={me} updated={updated} />
      <section className="account-panel" aria-labelledby="data-title">
        <h2 id="data-title">{t('account.dataTitle')}</h2>
        <p>{t('account.dataIntro')}</p>
        <p>
          <a className="button" href="/api/users/export-my-data" download="connect-learn-my-data.json">
            {t('account.downloadButton')}
          </a>
        </p>
      </section>
      <section className="account-panel danger" aria-labelledby="delete-title">
        <h2 id="delete-title">{t('account.deleteTitle')}</h2>
        <p>{t('account.deleteIntro')}</p>
        <p className="field-check">
          <input
            id="delete-confirm"
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <label htmlFor="delete-confirm">{t('account.deleteConfirm')}</label>
        </p>
        <p>
          <button type="button" className="danger" disabled={!confirmed} onClick={remove}>
            {t('account.deleteButton')}
          </button>
        </p>
      </section>
    </>
  )
}
