import { useEffect, useState } from 'react'

import { callApi } from '../api'
import type { Translate } from '../strings'

type Item = {
  kind: 'thread' | 'reply' | 'resource' | 'event'
  title: string
  by: string | null
  at: string
  thread?: number
  slug?: string
}

/** The community's activity stream: new discussions and replies, and new resources and events of its theme. */
export const Activity = ({
  t,
  lang,
  community,
  openThread,
}: {
  t: Translate
  lang: string
  community: string
  openThread: (id: number) => void
}) => {
  const [items, setItems] = useState<Item[]>([])
  useEffect(() => {
    void callApi<{ items: Item[] }>(t, `/communities/${encodeURIComponent(community)}/activity?locale=${lang}`).then(
      (result) => result.ok && setItems(result.data.items),
    )
  }, [t, community, lang])
  const when = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso))
  if (items.length === 0) return null
  return (
    <section aria-labelledby="activity">
      <h3 id="activity">{t('forum.activity')}</h3>
      <ul className="activity">
        {items.map((item, index) => (
          <li key={`${item.kind}-${index}`}>
            <span className="meta">
              {when(item.at)} · {t(`forum.activity.${item.kind}`)}:{' '}
            </span>
            {item.thread !== undefined ? (
              <button type="button" className="link" onClick={() => openThread(item.thread!)}>
                {item.title}
              </button>
            ) : (
              <a href={`/${lang}/${item.kind === 'resource' ? 'library' : 'events'}/${item.slug}/`}>{item.title}</a>
            )}
            {item.by && <span className="meta"> — {item.by}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
