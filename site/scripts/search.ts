/**
 * The search page's only script. Pagefind (index and code, served by the portal itself) is loaded
 * when there is something to search for; the index is the one of the page's language.
 */
// A module, so that its names (`status`) do not collide with the window's globals.
export {}

type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }> }
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
const text = (name: string) => form.dataset[name] ?? ''

let pagefind: Pagefind | undefined
const loadPagefind = async () => {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js'
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    await pagefind.options({ excerptLength: 24 })
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

const render = async (query: string) => {
  const engine = await loadPagefind()
  const filters: Record<string, string> = {}
  if (typeSelect.value) filters.type = typeSelect.value
  if (themeSelect.value) filters.theme = themeSelect.value
  status.textContent = text('loading')
  const { results } = await engine.search(query, { filters })
  const items = await Promise.all(results.slice(0, 30).map((result) => result.data()))
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
  status.textContent = (items.length > 0 ? text('results') : text('none')).replace('{{count}}', String(results.length)).replace('{{query}}', query)
}

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
