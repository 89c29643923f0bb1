import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, r as locales } from "./i18n_LaS0txss.mjs";
import { n as resourceTypes, t as $$LibraryList } from "./LibraryList_BIWl-dat.mjs";
import { t as portalContent } from "./content_CKV4cy5-.mjs";
// site/pages/[lang]/library/by/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { themes } = await portalContent();
	const facets = [...themes.map((theme) => ["theme", theme.id]), ...resourceTypes.map((type) => ["type", type])];
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
	return renderTemplate`${renderComponent($$result, "LibraryList", $$LibraryList, {
		"lang": lang,
		"active": {
			facet,
			value
		}
	})}`;
}, "/work/main/site/pages/[lang]/library/by/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/library/by/[facet]/[value].astro";
var $$url = "/[lang]/library/by/[facet]/[value]/";
// \0virtual:astro:page:site/pages/[lang]/library/by/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
