import type { Translate } from '../strings'

/** The course's progress as a native progress bar with its numbers in words. */
export const ProgressBar = ({
  t,
  done,
  total,
  percent,
}: {
  t: Translate
  done: number
  total: number
  percent: number
}) => (
  <p className="progress">
    <label>
      <span>{t('learn.progress', { done, total })}</span>
      <progress max={100} value={percent} aria-label={t('learn.progressLabel')}>
        {percent} %
      </progress>
    </label>
  </p>
)
