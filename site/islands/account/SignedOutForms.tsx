import { useState, type FormEvent } from 'react'

import { passwordLength } from '@contract/passwordRules'

import { callApi } from '../api'
import { Field } from '../Field'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import { ProfileFields } from './ProfileFields'
import { formValues, type Me } from './types'

export type SignedOutView = 'signIn' | 'register' | 'forgot' | 'reset'

type Props = {
  t: Translate
  lang: string
  view: SignedOutView
  show: (view: SignedOutView) => void
  signedIn: (me: Me, message: string) => void
  resetToken: string
  initialNotice: string
}

const passwordRule = { minLength: passwordLength.min, maxLength: passwordLength.max }

/** Sign in, register, forgotten password and reset: the account page for someone not signed in. */
export const SignedOutForms = ({ t, lang, view, show, signedIn, resetToken, initialNotice }: Props) => {
  const [error, setError] = useState('')
  const [done, setDone] = useState(initialNotice)
  const [busy, setBusy] = useState(false)

  const submit =
    (work: (values: Record<string, string>) => Promise<void>) => async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault()
      setError('')
      setDone('')
      setBusy(true)
      await work(formValues(event.currentTarget))
      setBusy(false)
    }
  const logIn = async (email: string, password: string, message: string) => {
    const result = await callApi<{ user: Me }>(t, '/users/login', { method: 'POST', body: { email, password } })
    if (result.ok) signedIn(result.data.user, message)
    else setError(result.message)
  }

  const onSignIn = submit(async ({ email, password }) => logIn(email ?? '', password ?? '', ''))
  const onRegister = submit(async ({ password, ...profile }) => {
    if ((password ?? '').length < passwordRule.minLength) return setError(t('account.error.passwordShort'))
    // The server records when the privacy notice was accepted (the form requires it).
    const body = { ...profile, password }
    const result = await callApi(t, '/users', { method: 'POST', body })
    if (!result.ok) return setError(result.message)
    await logIn(profile.email ?? '', password ?? '', t('account.registered'))
  })
  const onForgot = submit(async ({ email }) => {
    const result = await callApi(t, '/users/forgot-password', { method: 'POST', body: { email } })
    if (result.ok) setDone(t('account.forgotSent'))
    else setError(result.message)
  })
  const onReset = submit(async ({ password }) => {
    if ((password ?? '').length < passwordRule.minLength) return setError(t('account.error.passwordShort'))
    const result = await callApi<{ user: Me }>(t, '/users/reset-password', {
      method: 'POST',
      body: { token: resetToken, password },
    })
    if (!result.ok) return setError(result.message)
    history.replaceState(null, '', location.pathname)
    signedIn(result.data.user, t('account.resetDone'))
  })

  const link = (target: SignedOutView, label: string) => (
    <button type="button" className="link" onClick={() => (setError(''), setDone(''), show(target))}>
      {label}
    </button>
  )
  const email = (
    <Field label={t('account.email')} name="email" type="email" required autoComplete="email" maxLength={254} />
  )

  return (
    <section className="account-panel" aria-labelledby="account-form-title">
      {view === 'signIn' && (
        <form onSubmit={onSignIn}>
          <h2 id="account-form-title">{t('account.signInTitle')}</h2>
          {email}
          <Field
            label={t('account.password')}
            name="password"
            type="password"
            required
            autoComplete="current-password"
          />
          <Notice kind="error" text={error} />
          <Notice kind="done" text={done} />
          <p>
            <button type="submit" disabled={busy}>
              {t('account.signInButton')}
            </button>
          </p>
          <p>{link('forgot', t('account.toForgot'))}</p>
          <p>{link('register', t('account.toRegister'))}</p>
        </form>
      )}
      {view === 'register' && (
        <form onSubmit={onRegister}>
          <h2 id="account-form-title">{t('account.registerTitle')}</h2>
          {email}
          <Field
            label={t('account.password')}
            name="password"
            type="password"
            required
            autoComplete="new-password"
            hint={t('account.passwordHint')}
            {...passwordRule}
          />
          <ProfileFields t={t} lang={lang} />
          <p className="field-check">
            <input id="privacy-consent" type="checkbox" required />
            <label htmlFor="privacy-consent">{t('account.privacyConsent')}</label>{' '}
            <a href={`/${lang}/privacy/`}>{t('nav.privacy')}</a>
          </p>
          <Notice kind="error" text={error} />
          <p>
            <button type="submit" disabled={busy}>
              {t('account.registerButton')}
            </button>
          </p>
          <p>{link('signIn', t('account.toSignIn'))}</p>
        </form>
      )}
      {view === 'forgot' && (
        <form onSubmit={onForgot}>
          <h2 id="account-form-title">{t('account.forgotTitle')}</h2>
          {email}
          <Notice kind="error" text={error} />
          <Notice kind="done" text={done} />
          <p>
            <button type="submit" disabled={busy}>
              {t('account.forgotButton')}
            </button>
          </p>
          <p>{link('signIn', t('account.toSignIn'))}</p>
        </form>
      )}
      {view === 'reset' && (
        <form onSubmit={onReset}>
          <h2 id="account-form-title">{t('account.resetTitle')}</h2>
          <Field
            label={t('account.newPassword')}
            name="password"
            type="password"
            required
            autoComplete="new-password"
            hint={t('account.passwordHint')}
            {...passwordRule}
          />
          <Notice kind="error" text={error} />
          <p>
            <button type="submit" disabled={busy}>
              {t('account.resetButton')}
            </button>
          </p>
        </form>
      )}
    </section>
  )
}
