import { locales, type LocaleCode } from '@contract/locales'

import { rendersItem, rendersListings } from './partialBuild'
import type { ItemCollection } from '@contract/reusablePages'

/** One page per language: the shared `getStaticPaths` of every `[lang]` route that is not about one item. */
export const languagePaths = () =>
  rendersListings ? locales.map(({ code }) => ({ params: { lang: code }, props: { lang: code as LocaleCode } })) : []

/** One page per language and item, leaving out items a partial build does not render. */
export const itemPaths = <T extends { id: string }>(
  collection: ItemCollection,
  items: T[],
  params: (item: T) => Record<string, string>,
) =>
  locales.flatMap(({ code }) =>
    items
      .filter((item) => rendersItem(collection, item.id))
      .map((item) => ({ params: { lang: code, ...params(item) }, props: { lang: code as LocaleCode, item } })),
  )

/** One page per language and variant (a facet value, a static page), for pages that are not about one item. */
export const listingPaths = <V extends Record<string, string>>(variants: V[]) =>
  rendersListings
    ? locales.flatMap(({ code }) =>
        variants.map((variant) => ({
          params: { lang: code, ...variant },
          props: { lang: code as LocaleCode, ...variant },
        })),
      )
    : []
