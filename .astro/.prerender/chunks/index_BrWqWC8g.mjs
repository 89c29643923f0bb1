import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$CourseCard } from "./CourseCard_v0hDWic8.mjs";
import { t as $$EventCard } from "./EventCard_DuTADPjr.mjs";
import { t as $$ResourceCard } from "./ResourceCard_os6cs_SB.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, n as splitEvents, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/index.astro
var _lang__exports = /* @__PURE__ */ __exportAll({
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
	const content = await portalContent();
	const featured = content.settings.featuredCourses.map((slug) => content.course.get(slug)).filter((course) => course !== void 0);
	const upcoming = splitEvents(content.events).upcoming.slice(0, 3);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": t("site.name"),
		"description": textIn(content.settings.tagline, lang)
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("home.title")}</h1>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": content.settings.tagline,
		"lang": lang
	})}<section aria-labelledby="featured"><h2 id="featured">${t("home.featuredCourses")}</h2><ul class="cards">${featured.map((course) => renderTemplate`${renderComponent($$result, "CourseCard", $$CourseCard, {
		"course": course,
		"lang": lang
	})}`)}</ul><p><a${addAttribute(href(lang, "courses"), "href")}>${t("home.seeAllCourses")}</a></p></section><section aria-labelledby="upcoming"><h2 id="upcoming">${t("home.upcomingEvents")}</h2><ul class="cards">${upcoming.map((event) => renderTemplate`${renderComponent($$result, "EventCard", $$EventCard, {
		"event": event,
		"lang": lang
	})}`)}</ul><p><a${addAttribute(href(lang, "events"), "href")}>${t("home.seeAllEvents")}</a></p></section><section aria-labelledby="latest"><h2 id="latest">${t("home.latestResources")}</h2><ul class="cards">${content.resources.slice(0, 3).map((resource) => renderTemplate`${renderComponent($$result, "ResourceCard", $$ResourceCard, {
		"resource": resource,
		"lang": lang
	})}`)}</ul><p><a${addAttribute(href(lang, "library"), "href")}>${t("home.seeLibrary")}</a></p></section><section aria-labelledby="communities"><h2 id="communities">${t("home.communities")}</h2><ul class="inline-list">${content.communities.map((community) => renderTemplate`<li><a${addAttribute(href(lang, "communities", community.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": community.name,
		"lang": lang
	})}</a></li>`)}</ul></section>` })}`;
}, "/work/main/site/pages/[lang]/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/index.astro";
var $$url = "/[lang]/";
// \0virtual:astro:page:site/pages/[lang]/index@_@astro
var page = () => _lang__exports;
export { page };
