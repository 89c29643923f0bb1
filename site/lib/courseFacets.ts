import type { LocaleCode } from '@contract/locales'
import { languageName } from '@site/lib/format'
import { t } from '@site/lib/i18n'
import { textIn } from '@site/lib/localized'
import type { PortalContent } from '@site/lib/content'
import type { CourseEntry } from '@contract/snapshotSchema'

/** A way to narrow the catalogue, with one static page per value so filters work without JavaScript. */
export type Facet = {
  key: 'theme' | 'format' | 'access' | 'language'
  values: (content: PortalContent) => string[]
  matches: (course: CourseEntry, value: string) => boolean
  label: (value: string, lang: LocaleCode, content: PortalContent) => string
}

export const courseFacets: Facet[] = [
  {
    key: 'theme',
    values: (content) => content.themes.map((theme) => theme.id),
    matches: (course, value) => course.themes.includes(value),
    label: (value, lang, content) => textIn(content.theme.get(value)?.name, lang),
  },
  {
    key: 'format',
    values: () => ['self-paced', 'instructor-led'],
    matches: (course, value) => course.format === value,
    label: (value, lang) => t(lang, `format.${value}` as 'format.self-paced'),
  },
  {
    key: 'access',
    values: () => ['open', 'closed'],
    matches: (course, value) => course.access === value,
    label: (value, lang) => t(lang, `access.${value}` as 'access.open'),
  },
  {
    key: 'language',
    values: () => ['en', 'fr', 'es', 'ar', 'ru', 'zh'],
    matches: (course, value) => course.languages.includes(value as LocaleCode),
    label: (value, lang) => languageName(value, lang),
  },
]
