import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { _ as renderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, r as locales, t } from "./i18n_LaS0txss.mjs";
// site/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
createAstro("http://localhost:3000");
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	return renderTemplate`<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Connect &amp; Learn</title>${locales.map((locale) => renderTemplate`<link rel="alternate"${addAttribute(locale.code, "hreflang")}${addAttribute(new URL(`/${locale.code}/`, Astro.site).href, "href")}>`)}<link rel="alternate" hreflang="x-default"${addAttribute(new URL("/", Astro.site).href, "href")}><link rel="manifest" href="/manifest.webmanifest"><link rel="icon" href="/icons/icon.svg" type="image/svg+xml"><script src="/choose-language.js" defer><\/script>${renderHead($$result)}</head><body><main id="main" class="wrap"><h1>Connect &amp; Learn</h1><ul class="cards" id="languages">${locales.map((locale) => renderTemplate`<li class="card"${addAttribute(locale.code, "lang")}${addAttribute(locale.dir, "dir")}><a${addAttribute(`/${locale.code}/`, "href")}${addAttribute(locale.code, "hreflang")}>${locale.label}</a><p>${t(locale.code, "language.choose")}</p></li>`)}</ul></main></body></html>`;
}, "/work/main/site/pages/index.astro", void 0);
var $$file = "/work/main/site/pages/index.astro";
// \0virtual:astro:page:site/pages/index@_@astro
var page = () => pages_exports;
export { page };
