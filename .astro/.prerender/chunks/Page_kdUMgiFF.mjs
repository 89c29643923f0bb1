import { _ as renderHead, c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { n as inLanguage, t as href } from "./paths_BBCiLXEe.mjs";
// site/components/Footer.astro
createAstro("http://localhost:3000");
var $$Footer = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Footer;
	const { lang } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site"><nav class="wrap"${addAttribute(t("nav.footer"), "aria-label")}><ul class="inline-list"><li><a${addAttribute(href(lang, "about"), "href")}>${t("nav.about")}</a></li><li><a${addAttribute(href(lang, "privacy"), "href")}>${t("nav.privacy")}</a></li><li><a${addAttribute(href(lang, "accessibility"), "href")}>${t("nav.accessibility")}</a></li><li><a${addAttribute(href(lang, "library", "feed.xml").replace(/\/$/, ""), "href")}>${t("meta.rss.library")}</a></li><li><a${addAttribute(href(lang, "events", "feed.xml").replace(/\/$/, ""), "href")}>${t("events.feed")}</a></li></ul></nav></footer>`;
}, "/work/main/site/components/Footer.astro", void 0);
// site/components/Header.astro
createAstro("http://localhost:3000");
var $$Header = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Header;
	const { lang } = Astro.props;
	const t = translator(lang);
	const sections = [
		"courses",
		"library",
		"events",
		"experts",
		"communities"
	];
	const current = Astro.url.pathname.split("/")[2] ?? "";
	const currentLabel = locales.find((locale) => locale.code === lang)?.label ?? lang;
	return renderTemplate`${maybeRenderHead($$result)}<header class="site"><div class="wrap"><a class="brand"${addAttribute(href(lang), "href")}>${t("site.name")}</a><nav class="main"${addAttribute(t("nav.main"), "aria-label")}><ul>${sections.map((section) => renderTemplate`<li><a${addAttribute(href(lang, section), "href")}${addAttribute(current === section ? "page" : void 0, "aria-current")}>${t(`nav.${section}`)}</a></li>`)}<li><a${addAttribute(href(lang, "account"), "href")}${addAttribute(current === "account" ? "page" : void 0, "aria-current")}>${t("nav.account")}</a></li></ul></nav><form class="search" role="search"${addAttribute(href(lang, "search"), "action")} method="get"><label class="visually-hidden" for="site-search">${t("search.label")}</label><input id="site-search" type="search" name="q"${addAttribute(t("search.placeholder"), "placeholder")}><button type="submit">${t("search.submit")}</button></form><details class="languages"><summary><span class="visually-hidden">${t("nav.language")}: </span>${currentLabel}</summary><ul>${locales.map((locale) => renderTemplate`<li><a${addAttribute(inLanguage(Astro.url.pathname, locale.code), "href")}${addAttribute(locale.code, "hreflang")}${addAttribute(locale.code, "lang")}${addAttribute(locale.code === lang ? "true" : void 0, "aria-current")}>${locale.label}</a></li>`)}</ul></details></div></header>`;
}, "/work/main/site/components/Header.astro", void 0);
// site/layouts/Page.astro
createAstro("http://localhost:3000");
var $$Page = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Page;
	const { lang, title, description, search, alternates = true } = Astro.props;
	const t = translator(lang);
	const dir = locales.find((locale) => locale.code === lang)?.dir ?? "ltr";
	const path = Astro.url.pathname;
	const absolute = (pathname) => new URL(pathname, Astro.site).href;
	const fullTitle = title === t("site.name") ? title : `${title} · ${t("site.name")}`;
	return renderTemplate`<html${addAttribute(lang, "lang")}${addAttribute(dir, "dir")}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title>${description && renderTemplate`<meta name="description"${addAttribute(description, "content")}>`}<link rel="canonical"${addAttribute(absolute(path), "href")}>${alternates && locales.map((locale) => renderTemplate`<link rel="alternate"${addAttribute(locale.code, "hreflang")}${addAttribute(absolute(inLanguage(path, locale.code)), "href")}>`)}${alternates && renderTemplate`<link rel="alternate" hreflang="x-default"${addAttribute(absolute(inLanguage(path, "en")), "href")}>`}<meta property="og:type" content="website"><meta property="og:title"${addAttribute(title, "content")}>${description && renderTemplate`<meta property="og:description"${addAttribute(description, "content")}>`}<meta property="og:url"${addAttribute(absolute(path), "content")}><meta property="og:site_name"${addAttribute(t("site.name"), "content")}><meta property="og:locale"${addAttribute(lang, "content")}><link rel="manifest" href="/manifest.webmanifest"><link rel="icon" href="/icons/icon.svg" type="image/svg+xml"><meta name="theme-color" content="#005a8c">${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head><body><a class="skip" href="#main">${t("nav.skip")}</a>${renderComponent($$result, "Header", $$Header, { "lang": lang })}<main id="main" class="wrap"${addAttribute(search ? "" : void 0, "data-pagefind-body")} tabindex="-1">${search && renderTemplate`<span hidden data-pagefind-filter="type">${search.type}</span>`}${search?.themes.map((theme) => renderTemplate`<span hidden data-pagefind-filter="theme">${theme}</span>`)}${renderSlot($$result, $$slots["default"])}</main>${renderComponent($$result, "Footer", $$Footer, { "lang": lang })}</body></html>`;
}, "/work/main/site/layouts/Page.astro", void 0);
export { $$Page as t };
