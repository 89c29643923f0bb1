import { useEffect, useMemo, useState } from 'react'

import { callApi } from '../api'
import { Notice } from '../Notice'
import { translatorFor, type Strings } from '../strings'
import { ProgressBar } from './ProgressBar'
import { completeLesson, isLearning, readProgress, type CourseProgress } from './progress'

type Lesson = { slug: string; title: string; html: string }
type Props = { lang: string; course: string; strings: Strings }

/**
 * The reader of a closed course: its lessons come from the API, for enrolled learners only, and
 * are never part of the static site. `?lesson=` picks a lesson; by default, where they left off.
 */
export default function CourseReaderIsland({ lang, course, strings }: Props) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [progress, setProgress] = useState<CourseProgress | null>(null)
  const [lesson, setLesson] = useState<Lesson | null>(null)
  const [error, setError] = useState('')

  const open = async (slug: string) => {
    const result = await callApi<Lesson>(
      t,
      `/lessons/course/${encodeURIComponent(course)}/lesson/${encodeURIComponent(slug)}?locale=${lang}`,
    )
    if (!result.ok) return setError(result.message)
    setLesson(result.data)
    history.replaceState(null, '', `?lesson=${encodeURIComponent(slug)}`)
  }

  useEffect(() => {
    void readProgress(t, course, lang).then((result) => {
      if (!result.ok) return setError(result.message)
      setProgress(result.data)
      const asked = new URLSearchParams(location.search).get('lesson')
      const first = asked ?? result.data.resume ?? result.data.lessons[0]?.slug
      if (isLearning(result.data) && first) void open(first)
    })
    // `open` only depends on what is listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, course, lang])

  const complete = async () => {
    if (!lesson) return
    const result = await completeLesson(t, course, lesson.slug, lang)
    if (result.ok) setProgress(result.data)
    else setError(result.message)
  }

  if (!progress) return error ? <Notice kind="error" text={error} /> : <p role="status">{t('learn.loading')}</p>
  if (!isLearning(progress))
    return (
      <p>
        <a href={`/${lang}/courses/${course}/`}>{t('learn.forEnrolled')}</a>
      </p>
    )
  const index = progress.lessons.findIndex((item) => item.slug === lesson?.slug)
  const next = progress.lessons[index + 1]
  const done = index >= 0 && progress.lessons[index]!.done

  return (
    <div className="layout-aside">
      <nav aria-labelledby="reader-lessons">
        <h2 id="reader-lessons">{t('learn.lessons')}</h2>
        <ProgressBar t={t} done={progress.completed} total={progress.total} percent={progress.percent} />
        <ol className="reader-lessons">
          {progress.lessons.map((item) => (
            <li key={item.slug}>
              <a
                href={`?lesson=${encodeURIComponent(item.slug)}`}
                aria-current={item.slug === lesson?.slug ? 'page' : undefined}
                onClick={(event) => (event.preventDefault(), void open(item.slug))}
              >
                {item.title}
              </a>
              {item.done && <span className="meta"> ✓</span>}
            </li>
          ))}
        </ol>
      </nav>
      <article aria-live="polite">
        {lesson && (
          <>
            <h2>{lesson.title}</h2>
            {/* Written by the course's editors in the CMS and rendered there; not user input. */}
            <div className="rich" dangerouslySetInnerHTML={{ __html: lesson.html }} />
            {done ? (
              <p role="status">{t('learn.lessonDone')}</p>
            ) : (
              <p>
                <button type="button" onClick={complete}>
                  {t('learn.markComplete')}
                </button>
              </p>
            )}
            {progress.enrolment === 'completed' && <p role="status">{t('learn.courseDone')}</p>}
            {done && next && (
              <p>
                <button type="button" onClick={() => void open(next.slug)}>
                  {t('learn.next')}: {next.title}
                </button>
              </p>
            )}
          </>
        )}
        <Notice kind="error" text={error} />
      </article>
    </div>
  )
}
