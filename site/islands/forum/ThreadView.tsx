import { useEffect, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import type { Translate } from '../strings'
import { BanAuthor } from './BanAuthor'
import { Composer } from './Composer'
import { PostEditor } from './PostEditor'
import type { Me, Post, Thread } from './types'

type Props = {
  t: Translate
  lang: string
  me: Me
  thread: Thread
  community: number
  moderator: boolean
  back: () => void
  changed: (thread: Thread) => void
}

/** As long as the server lets an author correct her post (cms/collections/Posts/hooks/editWindow.ts). */
const editableForMs = 30 * 60_000

/** The author's id, whether the API sent the id or (for one's own posts) the populated account; null for a deleted account. */
const authorIdOf = (item: Post | Thread) => {
  const author = item.author
  return typeof author === 'object' && author !== null ? author.id : (author ?? null)
}

/** One discussion: the opening message, the replies, and what a member or moderator can do with them. */
export const ThreadView = ({ t, lang, me, thread: initial, community, moderator, back, changed }: Props) => {
  const [thread, setThread] = useState(initial)
  const [posts, setPosts] = useState<Post[]>([])
  const [notice, setNotice] = useState('')
  const [error, setError] = useState('')
  const [editing, setEditing] = useState<number | null>(null)
  // Rendering stays pure: the edit window is measured from when the discussion was opened (the server has the last word).
  const [openedAt] = useState(Date.now)
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  useEffect(() => {
    void callApi<{ docs: Post[] }>(
      t,
      `/posts?where[thread][equals]=${thread.id}&sort=createdAt&limit=200&depth=0`,
    ).then((result) => {
      if (result.ok) setPosts(result.data.docs)
      else setError(result.message)
    })
  }, [t, thread.id])

  const report = async (post: Post) => {
    const result = await callApi(t, `/posts/${post.id}/report`, { method: 'POST' })
    if (result.ok) setNotice(t('forum.reported'))
    else setError(result.message)
  }
  const moderateThread = async (data: Partial<Thread>) => {
    const result = await callApi<{ doc: Thread }>(t, `/threads/${thread.id}?depth=0`, { method: 'PATCH', body: data })
    if (!result.ok) return setError(result.message)
    setThread(result.data.doc)
    changed(result.data.doc)
  }
  const isMine = (item: Post | Thread) => String(authorIdOf(item)) === String(me.id)
  const showBanOutcome = (message: string, failed = false) =>
    failed ? (setNotice(''), setError(message)) : (setError(''), setNotice(message))
  /** A moderator's ban button for someone else's message (not for deleted accounts). */
  const banButton = (item: Post | Thread) => {
    const author = authorIdOf(item)
    if (!moderator || author === null || isMine(item)) return null
    return (
      <BanAuthor
        t={t}
        community={community}
        author={author}
        name={item.authorName || t('forum.formerMember')}
        done={showBanOutcome}
      />
    )
  }
  const moderate = async (post: Post, data: Partial<Post>) => {
    const result = await callApi<{ doc: Post }>(t, `/posts/${post.id}?depth=0`, { method: 'PATCH', body: data })
    if (result.ok) setPosts((all) => all.map((item) => (item.id === post.id ? result.data.doc : item)))
    else setError(result.message)
  }

  return (
    <article className="thread" aria-labelledby="thread-title">
      <p>
        <button type="button" className="link" onClick={back}>
          {t('forum.back')}
        </button>
      </p>
      <h3 id="thread-title">{thread.title}</h3>
      <p className="meta">
        {thread.authorName || t('forum.formerMember')} · {when(thread.createdAt)}
      </p>
      {moderator && (
        <p className="post-actions">
          {banButton(thread)}
          <button type="button" className="link" onClick={() => moderateThread({ pinned: !thread.pinned })}>
            {thread.pinned ? t('forum.unpin') : t('forum.pin')}
          </button>
          <button type="button" className="link" onClick={() => moderateThread({ locked: !thread.locked })}>
            {thread.locked ? t('forum.unlock') : t('forum.lock')}
          </button>
        </p>
      )}
      <div className="rich" dangerouslySetInnerHTML={{ __html: thread.bodyHtml }} />
      <h4>{t('forum.replies')}</h4>
      <ol className="posts">
        {posts.map((post) => (
          <li key={post.id} className={post.hidden ? 'post hidden-post' : 'post'}>
            <p className="meta">
              {post.authorName || t('forum.formerMember')} · {when(post.createdAt)}
              {post.hidden && <> · {t('forum.hiddenLabel')}</>}
              {moderator && post.reported && <> · {t('forum.reportedLabel')}</>}
            </p>
            {editing === post.id ? (
              <PostEditor
                t={t}
                post={post}
                cancel={() => setEditing(null)}
                saved={(doc) => (
                  setPosts((all) => all.map((item) => (item.id === doc.id ? doc : item))),
                  setEditing(null)
                )}
              />
            ) : (
              // Rendered by the server from Markdown through an allow-list; see cms/forum/renderMarkdown.ts.
              <div className="rich" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
            )}
            <p className="post-actions">
              {post.editedAt && <span className="meta">{t('forum.edited')}</span>}
              {isMine(post) && editing !== post.id && openedAt - Date.parse(post.createdAt) < editableForMs && (
                <button type="button" className="link" onClick={() => setEditing(post.id)}>
                  {t('forum.edit')}
                </button>
              )}
              {!isMine(post) && !moderator && (
                <button type="button" className="link" onClick={() => report(post)}>
                  {t('forum.report')}
                </button>
              )}
              {moderator && (
                <button
                  type="button"
                  className="link"
                  onClick={() => moderate(post, { hidden: !post.hidden, reported: false })}
                >
                  {post.hidden ? t('forum.unhide') : t('forum.hide')}
                </button>
              )}
              {banButton(post)}
            </p>
          </li>
        ))}
      </ol>
      <Notice kind="done" text={notice} />
      <Notice kind="error" text={error} />
      {thread.locked ? (
        <p>{t('forum.locked')}</p>
      ) : (
        <Composer<Post>
          t={t}
          path="/posts"
          extra={{ thread: thread.id }}
          community={community}
          withTitle={false}
          label={t('forum.yourReply')}
          posted={(post) => setPosts((all) => [...all, post])}
        />
      )}
    </article>
  )
}
