import { useEffect, useMemo, useState } from 'react'

import { Notice } from '../Notice'
import { translatorFor, type Strings } from '../strings'
import { ProgressBar } from './ProgressBar'
import { completeLesson, isLearning, readProgress, type CourseProgress } from './progress'

type Props = { lang: string; course: string; lesson: string; strings: Strings; nextHref?: string }

/** Under an open lesson: the course's progress, "mark as completed", and the way on. */
export default function LessonProgressIsland({ lang, course, lesson, strings, nextHref }: Props) {
  const t = useMemo(() => translatorFor(strings), [strings])
  const [progress, setProgress] = useState<CourseProgress | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    void readProgress(t, course, lang).then((result) =>
      result.ok ? setProgress(result.data) : setError(result.message),
    )
  }, [t, course, lang])

  const complete = async () => {
    const result = await completeLesson(t, course, lesson, lang)
    if (result.ok) setProgress(result.data)
    else setError(result.message)
  }

  // Something to see while loading: the island hydrates when it scrolls into view, which needs an element.
  if (!progress)
    return error ? (
      <Notice kind="error" text={error} />
    ) : (
      <p className="meta" role="status">
        {t('learn.loading')}
      </p>
    )
  if (!progress.signedIn)
    return (
      <p className="meta">
        <a href={`/${lang}/account/`}>{t('learn.signInToTrack')}</a>
      </p>
    )
  if (!isLearning(progress))
    return (
      <p className="meta">
        <a href={`/${lang}/courses/${course}/`}>{t('learn.enrolToTrack')}</a>
      </p>
    )
  const done = progress.lessons.find((item) => item.slug === lesson)?.done ?? false

  return (
    <section className="lesson-progress" aria-label={t('learn.progressLabel')}>
      <ProgressBar t={t} done={progress.completed} total={progress.total} percent={progress.percent} />
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
      {done && nextHref && (
        <p>
          <a className="button" href={nextHref}>
            {t('learn.next')}
          </a>
        </p>
      )}
      <Notice kind="error" text={error} />
    </section>
  )
}
