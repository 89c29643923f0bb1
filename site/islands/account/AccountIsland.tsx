import { useEffect, useMemo, useState } from 'react'

import { callApi } from '../api'
import { translatorFor, type Strings } from '../strings'
import { Profile } from './Profile'
import { SignedOutForms, type SignedOutView } from './SignedOutForms'
import type { Me } from './types'

/** The account page: who is signed in decides what it shows. A `?reset=` link opens the reset form. */
export default function AccountIsland({ lang, strings }: { lang: string; strings: Strings }) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [resetToken, setResetToken] = useState('')
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const [view, setView] = useState<SignedOutView>('signIn')
  const [notice, setNotice] = useState('')

  // In the browser only (the page itself is built ahead of time): the reset link and the session.
  useEffect(() => {
    const token = new URLSearchParams(location.search).get('reset') ?? ''
    void callApi<{ user: Me | null }>(t, '/users/me').then((result) => {
      if (token) {
        setResetToken(token)
        setView('reset')
      }
      setMe(result.ok && !token ? result.data.user : null)
    })
  }, [t])

  if (me === undefined) return <p role="status">{t('account.loading')}</p>
  if (me)
    return (
      <Profile
        key={String(me.id)}
        t={t}
        lang={lang}
        me={me}
        initialNotice={notice}
        updated={setMe}
        signedOut={(message) => (setNotice(message), setView('signIn'), setMe(null))}
      />
    )
  return (
    <SignedOutForms
      key={view}
      t={t}
      lang={lang}
      view={view}
      show={setView}
      resetToken={resetToken}
      initialNotice={notice}
      signedIn={(user, message) => (setNotice(message), setMe(user))}
    />
  )
}
