// Sends a first-time visitor of / to the portal in the first language her browser prefers
// that the portal speaks. The links on the page work without it.
;(() => {
  const spoken = ['en', 'fr', 'es', 'ar', 'ru', 'zh']
  const preferred = (navigator.languages || [navigator.language]).map((tag) => tag.toLowerCase().split('-')[0])
  const match = preferred.find((code) => spoken.includes(code))
  if (match && !sessionStorage.getItem('chose-language')) {
    sessionStorage.setItem('chose-language', '1')
    location.replace(`/${match}/`)
  }
})()
