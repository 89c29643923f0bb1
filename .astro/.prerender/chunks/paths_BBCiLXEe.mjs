// site/lib/paths.ts
/** The URL of a page in a language: `href('fr', 'courses', slug)` → `/fr/courses/slug/`. */
var href = (lang, ...segments) => `/${[lang, ...segments].map(encodeURIComponent).join("/")}/`.replace(/\/+/g, "/");
/** The same page in another language: swaps the first path segment. */
var inLanguage = (pathname, lang) => pathname.replace(/^\/[a-z]{2}(?=\/|$)/, `/${lang}`);
export { inLanguage as n, href as t };
