import { locales, type LocaleCode } from '@cms/shared/locales'

/** One page per language: the shared `getStaticPaths` of every `[lang]` route. */
export const languagePaths = () => locales.map(({ code }) => ({ params: { lang: code }, props: { lang: code as LocaleCode } }))

/** One page per language and item. */
export const itemPaths = <T>(items: T[], params: (item: T) => Record<string, string>) =>
  locales.flatMap(({ code }) =>
    items.map((item) => ({ params: { lang: code, ...params(item) }, props: { lang: code as LocaleCode, item } })),
  )
