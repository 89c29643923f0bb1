import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$EventCard } from "./EventCard_BQelYvgk.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, n as splitEvents, t as portalContent } from "./content_CKV4cy5-.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/communities/[community].astro
var _community__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Community,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { communities } = await portalContent();
	return locales.flatMap(({ code }) => communities.map((community) => ({
		params: {
			lang: code,
			community: community.id
		},
		props: {
			lang: code,
			community
		}
	})));
};
var $$Community = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Community;
	const { lang, community } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const events = splitEvents(content.events.filter((event) => event.community === community.id)).upcoming;
	const courses = content.courses.filter((course) => course.community === community.id);
	const theme = community.theme ? content.theme.get(community.theme) : void 0;
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": textIn(community.name, lang),
		"description": textIn(community.summary, lang),
		"search": {
			type: t("type.community"),
			themes: theme ? [textIn(theme.name, lang)] : []
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "communities"), "href")}>${t("communities.title")}</a></p>${renderComponent($$result, "Text", $$Text, {
		"as": "h1",
		"value": community.name,
		"lang": lang
	})}${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": community.summary,
		"lang": lang
	})}<section class="notice" aria-labelledby="join"><h2 id="join">${t("community.join")}</h2><p>${t("community.joinHelp")}</p><p><a class="button"${addAttribute(`${href(lang, "account")}?community=${community.id}`, "href")}>${t("community.join")}</a></p><p class="meta">${t("community.membersOnly")}</p></section>${renderComponent($$result, "RichText", $$RichText, {
		"html": community.descriptionHtml,
		"lang": lang
	})}${events.length > 0 && renderTemplate`<section aria-labelledby="events"><h2 id="events">${t("community.events")}</h2><ul class="cards">${events.map((event) => renderTemplate`${renderComponent($$result, "EventCard", $$EventCard, {
		"event": event,
		"lang": lang
	})}`)}</ul></section>`}${courses.length > 0 && renderTemplate`<section aria-labelledby="courses"><h2 id="courses">${t("community.courses")}</h2><ul>${courses.map((course) => renderTemplate`<li><a${addAttribute(href(lang, "courses", course.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": course.title,
		"lang": lang
	})}</a></li>`)}</ul></section>`}` })}`;
}, "/work/main/site/pages/[lang]/communities/[community].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/communities/[community].astro";
var $$url = "/[lang]/communities/[community]/";
// \0virtual:astro:page:site/pages/[lang]/communities/[community]@_@astro
var page = () => _community__exports;
export { page };
