/**
 * The search page's only script. Pagefind (index and code, served by the portal itself) is loaded
 * when there is something to search for; the index is the one of the page's language.
 */
// A module, so that its names (`status`) do not collide with the window's globals.
export {}

type PagefindResult = {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>
}
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>
  filters: () => Promise<Record<string, Record<string, number>>>
}

const form = document.querySelector<HTMLFormElement>('#search-form')!
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!
const themeSelect = form.querySelector<HTMLSelectElement>('select[name="theme"]')!
const status = document.querySelector<HTMLElement>('#search-status')!
const list = document.querySelector<HTMLOListElement>('#search-results')!
const pager = document.querySelector<HTMLElement>('#search-pager')!
const previousButton = document.querySelector<HTMLButtonElement>('#search-previous')!
const nextButton = document.querySelector<HTMLButtonElement>('#search-next')!
const position = document.querySelector<HTMLElement>('#search-position')!
const text = (name: string) => form.dataset[name] ?? ''

let pagefind: Pagefind | undefined
const loadPagefind = async () => {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js'
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    // Searched on the page itself, not in Pagefind's shared worker: at this index's size a search takes
    // milliseconds either way, and the worker is one more script (11 KB on the wire) before the first result.
    await pagefind.options({ excerptLength: 24, noWorker: true })
    const filters = await pagefind.filters()
    fillOptions(typeSelect, filters.type ?? {})
    fillOptions(themeSelect, filters.theme ?? {})
  }
  return pagefind
}

const fillOptions = (select: HTMLSelectElement, values: Record<string, number>) => {
  const wanted = new URLSearchParams(location.search).get(select.name)
  for (const value of Object.keys(values).sort()) {
    select.add(new Option(value, value, false, value === wanted))
  }
}

/**
 * Results are shown five at a time, as Pagefind's own interface does: each result shown fetches its
 * excerpt (a file of its own, about 1.7 KB on the wire with its headers), so a first search costs five
 * of them, not one per match, and stays within its budget.
 */
const pageSize = 5
let found: { results: PagefindResult[]; page: number } = { results: [], page: 0 }

const showPage = async (page: number) => {
  found = { ...found, page }
  const pages = Math.ceil(found.results.length / pageSize)
  const items = await Promise.all(
    found.results.slice(page * pageSize, (page + 1) * pageSize).map((result) => result.data()),
  )
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li')
      const link = document.createElement('a')
      link.href = item.url
      link.textContent = item.meta.title ?? item.url
      const kind = document.createElement('span')
      kind.className = 'meta'
      kind.textContent = ` · ${item.filters.type?.[0] ?? ''}`
      const excerpt = document.createElement('p')
      // Pagefind's excerpt is the page's own escaped text with <mark> around the matches.
      excerpt.innerHTML = item.excerpt
      li.append(link, kind, excerpt)
      return li
    }),
  )
  pager.hidden = pages < 2
  previousButton.disabled = page === 0
  nextButton.disabled = page >= pages - 1
  position.textContent = (position.dataset.position ?? '')
    .replace('{{page}}', String(page + 1))
    .replace('{{pages}}', String(pages))
}

const render = async (query: string) => {
  const engine = await loadPagefind()
  const filters: Record<string, string> = {}
  if (typeSelect.value) filters.type = typeSelect.value
  if (themeSelect.value) filters.theme = themeSelect.value
  status.textContent = text('loading')
  const { results } = await engine.search(query, { filters })
  found = { results, page: 0 }
  await showPage(0)
  status.textContent = (results.length > 0 ? text('results') : text('none'))
    .replace('{{count}}', String(results.length))
    .replace('{{query}}', query)
}

const turnPage = async (step: number) => {
  await showPage(found.page + step)
  list.querySelector('a')?.focus()
}
previousButton.addEventListener('click', () => void turnPage(-1))
nextButton.addEventListener('click', () => void turnPage(1))

const run = () => {
  const query = input.value.trim()
  const url = new URL(location.href)
  url.searchParams.set('q', query)
  for (const select of [typeSelect, themeSelect]) {
    if (select.value) url.searchParams.set(select.name, select.value)
    else url.searchParams.delete(select.name)
  }
  history.replaceState(null, '', url)
  if (query) void render(query)
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  run()
})
typeSelect.addEventListener('change', run)
themeSelect.addEventListener('change', run)
input.addEventListener('focus', () => void loadPagefind(), { once: true })

const initial = new URLSearchParams(location.search).get('q')
if (initial) {
  input.value = initial
  void loadPagefind().then(run)
}
