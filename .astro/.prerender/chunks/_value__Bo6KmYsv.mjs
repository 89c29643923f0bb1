import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, r as locales } from "./i18n_LaS0txss.mjs";
import { n as courseFacets, t as $$CourseCatalogue } from "./CourseCatalogue_DRGCt2jJ.mjs";
import { t as portalContent } from "./content_CKV4cy5-.mjs";
// site/pages/[lang]/courses/by/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const content = await portalContent();
	return locales.flatMap(({ code }) => courseFacets.flatMap((facet) => facet.values(content).map((value) => ({
		params: {
			lang: code,
			facet: facet.key,
			value
		},
		props: {
			lang: code,
			facet: facet.key,
			value
		}
	}))));
};
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { lang, facet, value } = Astro.props;
	return renderTemplate`${renderComponent($$result, "CourseCatalogue", $$CourseCatalogue, {
		"lang": lang,
		"active": {
			facet,
			value
		}
	})}`;
}, "/work/main/site/pages/[lang]/courses/by/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/courses/by/[facet]/[value].astro";
var $$url = "/[lang]/courses/by/[facet]/[value]/";
// \0virtual:astro:page:site/pages/[lang]/courses/by/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
