import { useEffect, useState } from 'react'

import { callApi } from '../api'
import type { Translate } from '../strings'
import { ProgressBar } from './ProgressBar'

type MyCourse = {
  slug: string
  title: string
  access: 'open' | 'closed'
  status: string
  completed: number
  total: number
  percent: number
  resume: string | null
}

/** "My learning": each course I take, my progress and where to resume. */
export const MyLearning = ({ t, lang }: { t: Translate; lang: string }) => {
  const [courses, setCourses] = useState<MyCourse[] | null>(null)
  useEffect(() => {
    void callApi<{ courses: MyCourse[] }>(t, `/enrolments/mine?locale=${lang}`).then((result) =>
      setCourses(result.ok ? result.data.courses : []),
    )
  }, [t, lang])

  const resumeHref = (course: MyCourse) => {
    if (course.access === 'closed')
      return `/${lang}/courses/${course.slug}/learn/${course.resume ? `?lesson=${course.resume}` : ''}`
    return course.resume ? `/${lang}/courses/${course.slug}/${course.resume}/` : `/${lang}/courses/${course.slug}/`
  }

  return (
    <section className="account-panel" aria-labelledby="my-learning">
      <h2 id="my-learning">{t('learn.myLearning')}</h2>
      {courses === null && <p role="status">{t('learn.loading')}</p>}
      {courses?.length === 0 && (
        <p>
          {t('learn.noCourses')} <a href={`/${lang}/courses/`}>{t('learn.browse')}</a>
        </p>
      )}
      {courses && courses.length > 0 && (
        <ul className="my-learning">
          {courses.map((course) => (
            <li key={course.slug}>
              <h3>
                <a href={`/${lang}/courses/${course.slug}/`}>{course.title}</a>
              </h3>
              <p className="meta">{t(`learn.status.${course.status}`)}</p>
              {(course.status === 'active' || course.status === 'completed') && (
                <>
                  <ProgressBar t={t} done={course.completed} total={course.total} percent={course.percent} />
                  {course.status === 'active' && (
                    <p>
                      <a className="button" href={resumeHref(course)}>
                        {t('learn.resume')}
                      </a>
                    </p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
