import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { r as formatDateTime } from "./format_BlYG6CP1.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
// site/components/EventCard.astro
createAstro("http://localhost:3000");
var $$EventCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventCard;
	const { event, lang } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${maybeRenderHead($$result)}<li class="card"><h3><a${addAttribute(href(lang, "events", event.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": event.title,
		"lang": lang
	})}</a></h3><p class="meta"><time${addAttribute(event.startsAt, "datetime")}>${formatDateTime(event.startsAt, lang, event.timeZone)}</time> · ${t(`event.type.${event.type}`)}</p>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"value": event.summary,
		"lang": lang
	})}</li>`;
}, "/work/main/site/components/EventCard.astro", void 0);
export { $$EventCard as t };
