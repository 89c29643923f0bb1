import { useEffect, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import type { Membership } from './types'

type Applicant = { name?: string | null; organisation?: string | null; country?: string | null }
type Row = Membership & { message?: string | null; applicant?: Applicant | null }

/** The community's moderators decide on requests to join and readmit banned members, here or in the admin. */
export const MembershipRequests = ({ t, lang, community }: { t: Translate; lang: string; community: number }) => {
  const [rows, setRows] = useState<Row[]>([])
  const [error, setError] = useState('')
  const countryName = (code?: string | null) =>
    code ? (new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code) : ''

  useEffect(() => {
    void callApi<{ docs: Row[] }>(
      t,
      `/memberships?where[community][equals]=${community}&where[status][in]=pending,banned&sort=createdAt&limit=200&depth=0`,
    ).then((result) => (result.ok ? setRows(result.data.docs) : setError(result.message)))
  }, [t, community])

  const decide = async (row: Row, status: Membership['status']) => {
    const result = await callApi<{ doc: Row }>(t, `/memberships/${row.id}?depth=0`, {
      method: 'PATCH',
      body: { status },
    })
    if (!result.ok) return setError(result.message)
    setRows((all) =>
      all
        .map((item) => (item.id === row.id ? result.data.doc : item))
        .filter((item) => item.status === 'pending' || item.status === 'banned'),
    )
  }
  const who = (row: Row) => row.applicant?.name || t('forum.formerMember')
  const pending = rows.filter((row) => row.status === 'pending')
  const banned = rows.filter((row) => row.status === 'banned')

  return (
    <section className="moderation" aria-labelledby="requests-title">
      <h3 id="requests-title">{t('forum.requests')}</h3>
      {pending.length === 0 ? (
        <p>{t('forum.noRequests')}</p>
      ) : (
        <ul className="requests">
          {pending.map((row) => (
            <li key={row.id}>
              <p>
                <strong>{who(row)}</strong>
                {[row.applicant?.organisation, countryName(row.applicant?.country)]
                  .filter(Boolean)
                  .map((part) => ` · ${part}`)
                  .join('')}
              </p>
              {row.message && <blockquote>{row.message}</blockquote>}
              <p className="post-actions">
                <button type="button" onClick={() => decide(row, 'approved')}>
                  {t('forum.approve')}
                  <span className="visually-hidden"> {who(row)}</span>
                </button>
                <button type="button" className="link" onClick={() => decide(row, 'rejected')}>
                  {t('forum.decline')}
                  <span className="visually-hidden"> {who(row)}</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {banned.length > 0 && (
        <>
          <h4>{t('forum.bannedMembers')}</h4>
          <ul className="requests">
            {banned.map((row) => (
              <li key={row.id}>
                {who(row)}{' '}
                <button type="button" className="link" onClick={() => decide(row, 'approved')}>
                  {t('forum.liftBan')}
                  <span className="visually-hidden"> {who(row)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Notice kind="error" text={error} />
    </section>
  )
}
