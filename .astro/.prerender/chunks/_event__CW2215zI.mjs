import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as locales } from "./i18n_LaS0txss.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { n as calendarEvent, t as icalendar } from "./ical_Bp9SrB8w.mjs";
// site/pages/[lang]/events/[event].ics.ts
var _event__ics_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
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
var GET = ({ props, site }) => {
	const { lang, event } = props;
	return new Response(icalendar([calendarEvent(event, lang, site)], textIn(event.title, lang)), { headers: { "content-type": "text/calendar; charset=utf-8" } });
};
// \0virtual:astro:page:site/pages/[lang]/events/[event].ics@_@ts
var page = () => _event__ics_exports;
export { page };
