import { r as locales } from "./i18n_LaS0txss.mjs";
// site/lib/staticPaths.ts
/** One page per language: the shared `getStaticPaths` of every `[lang]` route. */
var languagePaths = () => locales.map(({ code }) => ({
	params: { lang: code },
	props: { lang: code }
}));
export { languagePaths as t };
