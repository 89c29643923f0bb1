import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$EventCard } from "./EventCard_BQelYvgk.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { n as splitEvents, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/events/index.astro
var events_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = languagePaths;
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const t = translator(lang);
	const { upcoming, past } = splitEvents((await portalContent()).events);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": t("events.title")
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("events.title")}</h1><p><a${addAttribute(`/${lang}/events/calendar.ics`, "href")}>${t("events.calendar")}</a> · <a${addAttribute(`/${lang}/events/feed.xml`, "href")}>${t("events.feed")}</a></p><section aria-labelledby="upcoming"><h2 id="upcoming">${t("events.upcoming")}</h2>${upcoming.length === 0 ? renderTemplate`<p>${t("events.noneUpcoming")}</p>` : renderTemplate`<ul class="cards">${upcoming.map((event) => renderTemplate`${renderComponent($$result, "EventCard", $$EventCard, {
			"event": event,
			"lang": lang
		})}`)}</ul>`}</section><section aria-labelledby="past"><h2 id="past">${t("events.past")}</h2><ul class="cards">${past.map((event) => renderTemplate`${renderComponent($$result, "EventCard", $$EventCard, {
			"event": event,
			"lang": lang
		})}`)}</ul></section>`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(t("events.feed"), "title")}${addAttribute(`/${lang}/events/feed.xml`, "href")}>`
	})}`;
}, "/work/main/site/pages/[lang]/events/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/events/index.astro";
var $$url = "/[lang]/events/";
// \0virtual:astro:page:site/pages/[lang]/events/index@_@astro
var page = () => events_exports;
export { page };
