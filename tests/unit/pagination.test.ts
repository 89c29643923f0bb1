import { describe, expect, test } from 'vitest'

import { laterPages, pageCount, pageHref, pageOf, perPage } from '../../site/lib/pagination'

describe('listing pages', () => {
  test('an empty or short listing is one page; one card more makes a second', () => {
    expect([pageCount(0), pageCount(1), pageCount(perPage), pageCount(perPage + 1)]).toEqual([1, 1, 1, 2])
  })

  test('every card is on exactly one page, in order', () => {
    const cards = Array.from({ length: perPage * 2 + 5 }, (_, index) => index)
    const pages = Array.from({ length: pageCount(cards.length) }, (_, index) => pageOf(cards, index + 1))
    expect(pages.map((page) => page.length)).toEqual([perPage, perPage, 5])
    expect(pages.flat()).toEqual(cards)
  })

  test('the first page keeps the listing’s address; later ones live under page/N/', () => {
    expect(laterPages(perPage * 2 + 1)).toEqual(['2', '3'])
    expect(laterPages(3)).toEqual([])
    expect(pageHref('/fr/library/', 1)).toBe('/fr/library/')
    expect(pageHref('/fr/library/by/type/guide/', 3)).toBe('/fr/library/by/type/guide/page/3/')
  })
})
