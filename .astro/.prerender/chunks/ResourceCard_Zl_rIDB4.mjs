import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { n as formatDate } from "./format_gEkIrwe5.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
// site/components/ResourceCard.astro
createAstro("http://localhost:3000");
var $$ResourceCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ResourceCard;
	const { resource, lang } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${maybeRenderHead($$result)}<li class="card"><h3><a${addAttribute(href(lang, "library", resource.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": resource.title,
		"lang": lang
	})}</a></h3><p class="meta">${t(`resource.type.${resource.type}`)}${resource.publishedOn && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` · ${formatDate(resource.publishedOn, lang)}` })}`}</p>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"value": resource.summary,
		"lang": lang
	})}</li>`;
}, "/work/main/site/components/ResourceCard.astro", void 0);
export { $$ResourceCard as t };
