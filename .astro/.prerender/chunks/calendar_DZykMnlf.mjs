import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as splitEvents, t as portalContent } from "./content_CKV4cy5-.mjs";
import { n as calendarEvent, t as icalendar } from "./ical_Bp9SrB8w.mjs";
import { t } from "./i18n_LaS0txss.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/events/calendar.ics.ts
var calendar_ics_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = languagePaths;
/** Every upcoming event in one calendar to subscribe to. */
var GET = async ({ props, site }) => {
	const { lang } = props;
	const { upcoming } = splitEvents((await portalContent()).events);
	return new Response(icalendar(upcoming.map((event) => calendarEvent(event, lang, site)), t(lang, "events.title")), { headers: { "content-type": "text/calendar; charset=utf-8" } });
};
// \0virtual:astro:page:site/pages/[lang]/events/calendar.ics@_@ts
var page = () => calendar_ics_exports;
export { page };
