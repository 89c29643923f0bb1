import { useEffect, useMemo, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import { translatorFor, type Strings } from '../strings'

type RegistrationState = {
  signedIn: boolean
  registered: boolean
  capacity: number | null
  placesLeft: number | null
  ended: boolean
  joinUrl: string | null
}

/** An upcoming event's registration: places left, register or cancel, and the join link once registered. */
export default function EventIsland({ lang, event, strings }: { lang: string; event: string; strings: Strings }) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [state, setState] = useState<RegistrationState | null>(null)
  const [error, setError] = useState('')
  const base = `/event-registrations/event/${encodeURIComponent(event)}`

  useEffect(() => {
    void callApi<RegistrationState>(t, base).then((result) =>
      result.ok ? setState(result.data) : setError(result.message),
    )
  }, [t, base])

  const act = async (action: 'register' | 'cancel') => {
    setError('')
    const result = await callApi<RegistrationState>(t, `${base}/${action}`, { method: 'POST' })
    if (result.ok) setState(result.data)
    else setError(result.status === 409 ? t('eventreg.full') : result.message)
  }

  if (!state) return error ? <Notice kind="error" text={error} /> : <p role="status">{t('eventreg.loading')}</p>
  if (state.ended) return null
  if (!state.signedIn)
    return (
      <p>
        <a className="button" href={`/${lang}/account/`}>
          {t('eventreg.signIn')}
        </a>
      </p>
    )
  return (
    <div className="event-registration">
      {state.placesLeft !== null && <p className="meta">{t('eventreg.placesLeft', { count: state.placesLeft })}</p>}
      {state.registered ? (
        <>
          <p role="status">{t('eventreg.registered')}</p>
          {state.joinUrl && (
            <p>
              <a className="button" href={state.joinUrl} rel="noopener">
                {t('eventreg.join')}
              </a>
            </p>
          )}
          <p>
            <a href="/api/event-registrations/mine.ics" download="my-events.ics">
              {t('eventreg.myCalendar')}
            </a>
          </p>
          <p>
            <button type="button" className="link" onClick={() => act('cancel')}>
              {t('eventreg.cancel')}
            </button>
          </p>
        </>
      ) : state.placesLeft === 0 ? (
        <p role="status">{t('eventreg.full')}</p>
      ) : (
        <p>
          <button type="button" onClick={() => act('register')}>
            {t('eventreg.register')}
          </button>
        </p>
      )}
      <Notice kind="error" text={error} />
    </div>
  )
}
