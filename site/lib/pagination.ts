/** Cards on one listing page: a page stays light on a slow connection however large the library grows. */
export const perPage = 24

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / perPage))

/** The items shown on page `page` (counted from 1). */
export const pageOf = <T>(items: T[], page: number) => items.slice((page - 1) * perPage, page * perPage)

/** The numbers of the pages after the first, which has the listing's own address. */
export const laterPages = (total: number) =>
  Array.from({ length: pageCount(total) - 1 }, (_, index) => String(index + 2))

/** The address of page `page` of the listing at `firstPage` (which ends with a slash). */
export const pageHref = (firstPage: string, page: number) => (page === 1 ? firstPage : `${firstPage}page/${page}/`)
