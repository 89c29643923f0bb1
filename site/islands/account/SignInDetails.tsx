import { useState, type FormEvent } from 'react'

import { passwordLength } from '@contract/passwordRules'

import { callApi } from '../api'
import { Field } from '../Field'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import { formValues, type Me } from './types'

type Props = { t: Translate; me: Me; updated: (me: Me) => void }

/**
 * Changing the e-mail address or the password, confirmed with the current password (the server
 * asks for it, and signs the other sessions out after the change).
 */
export const SignInDetails = ({ t, me, updated }: Props) => {
  const [error, setError] = useState('')
  const [done, setDone] = useState('')
  const [busy, setBusy] = useState(false)

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setError('')
    setDone('')
    const { email, password, currentPassword } = formValues(form)
    if (!email && !password) return
    setBusy(true)
    const body = { ...(email ? { email } : {}), ...(password ? { password } : {}), currentPassword }
    const result = await callApi<{ doc: Me }>(t, `/users/${me.id}`, { method: 'PATCH', body })
    setBusy(false)
    if (!result.ok) return setError(result.message)
    form.reset()
    updated(result.data.doc)
    setDone(t('account.credentialsSaved'))
  }

  return (
    <section className="account-panel" aria-labelledby="credentials-title">
      <form onSubmit={save}>
        <h2 id="credentials-title">{t('account.credentialsTitle')}</h2>
        <p>{t('account.credentialsIntro')}</p>
        <Field label={t('account.newEmail')} name="email" type="email" autoComplete="email" maxLength={254} />
        <Field
          label={t('account.newPasswordOptional')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('account.passwordHint')}
          minLength={passwordLength.min}
          maxLength={passwordLength.max}
        />
        <Field
          label={t('account.currentPassword')}
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
        />
        <Notice kind="error" text={error} />
        <Notice kind="done" text={done} />
        <p>
          <button type="submit" disabled={busy}>
            {t('account.credentialsButton')}
          </button>
        </p>
      </form>
    </section>
  )
}
