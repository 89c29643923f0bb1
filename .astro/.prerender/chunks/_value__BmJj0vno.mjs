import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$ExpertDirectory } from "./ExpertDirectory_bNREN4yG.mjs";
import { t as portalContent } from "./content_CKV4cy5-.mjs";
// site/pages/[lang]/experts/by/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { themes, experts } = await portalContent();
	const regions = [...new Set(experts.map((expert) => expert.region).filter((region) => region !== null))];
	const facets = [...themes.map((theme) => ["theme", theme.id]), ...regions.map((region) => ["region", region])];
	return locales.flatMap(({ code }) => facets.map(([facet, value]) => ({
		params: {
			lang: code,
			facet,
			value
		},
		props: {
			lang: code,
			facet,
			value
		}
	})));
};
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { lang, facet, value } = Astro.props;
	return renderTemplate`${renderComponent($$result, "ExpertDirectory", $$ExpertDirectory, {
		"lang": lang,
		"active": {
			facet,
			value
		}
	})}`;
}, "/work/main/site/pages/[lang]/experts/by/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/experts/by/[facet]/[value].astro";
var $$url = "/[lang]/experts/by/[facet]/[value]/";
// \0virtual:astro:page:site/pages/[lang]/experts/by/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
