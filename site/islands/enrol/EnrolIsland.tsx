import { useEffect, useMemo, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import { SelectField } from '../Field'
import { translatorFor, type Strings } from '../strings'

type Cohort = { id: string; name: string; startDate: string; seatsLeft: number }
type EnrolmentState = {
  signedIn: boolean
  course: { access: 'open' | 'closed'; format: string }
  cohorts: Cohort[]
  enrolment: { status: 'pending' | 'active' | 'completed' | 'withdrawn' | 'rejected'; cohort: string | null } | null
}

type Props = { lang: string; course: string; strings: Strings; startHref?: string }

/** The course page's enrolment button: it shows where the signed-in person stands and acts on it. */
export default function EnrolIsland({ lang, course, strings, startHref }: Props) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [state, setState] = useState<EnrolmentState | null>(null)
  const [cohort, setCohort] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const base = `/enrolments/course/${encodeURIComponent(course)}`

  useEffect(() => {
    void callApi<EnrolmentState>(t, `${base}?locale=${lang}`).then((result) =>
      result.ok ? setState(result.data) : setError(result.message),
    )
  }, [t, base, lang])

  const act = async (action: 'enrol' | 'withdraw') => {
    setBusy(true)
    setError('')
    const result = await callApi<EnrolmentState>(t, `${base}/${action}?locale=${lang}`, {
      method: 'POST',
      body: action === 'enrol' && cohort ? { cohort } : {},
    })
    if (result.ok) setState(result.data)
    else setError(result.status === 409 && action === 'enrol' ? t('enrol.error.full') : result.message)
    setBusy(false)
  }

  if (!state) return error ? <Notice kind="error" text={error} /> : <p role="status">{t('enrol.loading')}</p>
  if (!state.signedIn)
    return (
      <p>
        <a className="button" href={`/${lang}/account/`}>
          {t('enrol.signIn')}
        </a>
      </p>
    )

  const status = state.enrolment?.status
  const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso))
  const canEnrol = !status || status === 'withdrawn'
  const needsCohort = state.cohorts.length > 0 || state.course.format === 'instructor-led'
  const options = state.cohorts.map((option) => ({
    value: option.id,
    label:
      option.seatsLeft > 0
        ? t('enrol.cohortOption', { name: option.name, date: date(option.startDate), seats: option.seatsLeft })
        : t('enrol.cohortFull', { name: option.name }),
  }))

  return (
    <div className="enrol">
      {status && status !== 'withdrawn' && <p role="status">{t(`enrol.${status}`)}</p>}
      {status === 'withdrawn' && <p role="status">{t('enrol.withdrawn')}</p>}
      {status === 'active' && startHref && (
        <p>
          <a className="button" href={startHref}>
            {t('enrol.start')}
          </a>
        </p>
      )}
      {canEnrol && (
        <>
          {state.course.access === 'closed' && <p>{t('enrol.closedNote')}</p>}
          {needsCohort && state.cohorts.length === 0 && <p>{t('enrol.noCohorts')}</p>}
          {needsCohort && state.cohorts.length > 0 && (
            <SelectField
              label={t('enrol.chooseCohort')}
              name="cohort"
              value={cohort}
              onChange={setCohort}
              placeholder={t('enrol.choose')}
              options={options}
            />
          )}
          {(!needsCohort || state.cohorts.length > 0) && (
            <p>
              <button type="button" disabled={busy || (needsCohort && !cohort)} onClick={() => act('enrol')}>
                {t(state.course.access === 'closed' ? 'enrol.requestButton' : 'enrol.enrolButton')}
              </button>
            </p>
          )}
        </>
      )}
      {(status === 'active' || status === 'pending') && (
        <p>
          <button type="button" className="link" disabled={busy} onClick={() => act('withdraw')}>
            {t('enrol.withdrawButton')}
          </button>
        </p>
      )}
      <Notice kind="error" text={error} />
    </div>
  )
}
