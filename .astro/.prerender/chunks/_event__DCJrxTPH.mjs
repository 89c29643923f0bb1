import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { r as formatDateTime } from "./format_gEkIrwe5.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/events/[event].astro
var _event__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Event,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { events } = await portalContent();
	return locales.flatMap(({ code }) => events.map((event) => ({
		params: {
			lang: code,
			event: event.id
		},
		props: {
			lang: code,
			event
		}
	})));
};
var $$Event = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Event;
	const { lang, event } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const speakers = event.speakers.map((slug) => content.expert.get(slug)).filter((expert) => expert !== void 0);
	const community = event.community ? content.community.get(event.community) : void 0;
	const isPast = new Date(event.endsAt) < /* @__PURE__ */ new Date();
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": textIn(event.title, lang),
		"description": textIn(event.summary, lang),
		"search": {
			type: t("type.event"),
			themes: event.themes.map((slug) => textIn(content.theme.get(slug)?.name, lang))
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "events"), "href")}>${t("events.title")}</a></p>${renderComponent($$result, "Text", $$Text, {
		"as": "h1",
		"value": event.title,
		"lang": lang
	})}${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": event.summary,
		"lang": lang
	})}<dl class="facts"><dt>${t("filters.type")}</dt><dd>${t(`event.type.${event.type}`)}</dd><dt>${t("event.when")}</dt><dd><time${addAttribute(event.startsAt, "datetime")}>${formatDateTime(event.startsAt, lang, event.timeZone)}</time> – <time${addAttribute(event.endsAt, "datetime")}>${formatDateTime(event.endsAt, lang, event.timeZone)}</time></dd><dt>${t("event.where")}</dt><dd>${event.online ? t("event.online") : renderTemplate`${renderComponent($$result, "Text", $$Text, {
		"value": event.location,
		"lang": lang
	})}`}</dd>${event.capacity && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("filters.access")}</dt><dd>${t("event.capacity", { count: event.capacity })}</dd>` })}`}</dl><p class="meta">${t("event.localTime", { zone: event.timeZone })}</p><p><a class="button"${addAttribute(`/${lang}/events/${event.id}.ics`, "href")} download>${t("event.addToCalendar")}</a>${isPast && event.recordingUrl && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <a${addAttribute(event.recordingUrl, "href")} rel="noopener">${t("event.recording")}</a>` })}`}</p>${!isPast && renderTemplate`<p>${t("event.register")}</p>`}${renderComponent($$result, "RichText", $$RichText, {
		"html": event.bodyHtml,
		"lang": lang
	})}${speakers.length > 0 && renderTemplate`<section aria-labelledby="speakers"><h2 id="speakers">${t("event.speakers")}</h2><ul>${speakers.map((expert) => renderTemplate`<li><a${addAttribute(href(lang, "experts", expert.id), "href")}>${expert.name}</a> — ${renderComponent($$result, "Text", $$Text, {
		"value": expert.headline,
		"lang": lang
	})}</li>`)}</ul></section>`}${community && renderTemplate`<p>${t("course.community")}: <a${addAttribute(href(lang, "communities", community.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": community.name,
		"lang": lang
	})}</a></p>`}` })}`;
}, "/work/main/site/pages/[lang]/events/[event].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/events/[event].astro";
var $$url = "/[lang]/events/[event]/";
// \0virtual:astro:page:site/pages/[lang]/events/[event]@_@astro
var page = () => _event__exports;
export { page };
