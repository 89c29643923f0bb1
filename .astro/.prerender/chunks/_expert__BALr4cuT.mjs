import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as languageName } from "./format_gEkIrwe5.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/experts/[expert].astro
var _expert__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Expert,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { experts } = await portalContent();
	return locales.flatMap(({ code }) => experts.map((expert) => ({
		params: {
			lang: code,
			expert: expert.id
		},
		props: {
			lang: code,
			expert
		}
	})));
};
var $$Expert = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Expert;
	const { lang, expert } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const courses = content.courses.filter((course) => course.instructors.includes(expert.id));
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": expert.name,
		"description": textIn(expert.headline, lang),
		"search": {
			type: t("type.expert"),
			themes: expert.themes.map((slug) => textIn(content.theme.get(slug)?.name, lang))
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "experts"), "href")}>${t("experts.title")}</a></p><h1>${expert.name}</h1>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": expert.headline,
		"lang": lang
	})}<dl class="facts">${expert.organisation && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("expert.organisation")}</dt><dd>${expert.organisation}</dd>` })}`}${expert.region && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("expert.region")}</dt><dd><a${addAttribute(href(lang, "experts", "by", "region", expert.region), "href")}>${t(`region.${expert.region}`)}</a></dd>` })}`}<dt>${t("expert.languages")}</dt><dd>${expert.languages.map((code) => languageName(code, lang)).join(", ")}</dd><dt>${t("expert.themes")}</dt><dd>${expert.themes.map((slug, index) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${index > 0 && ", "}<a${addAttribute(href(lang, "experts", "by", "theme", slug), "href")}>${textIn(content.theme.get(slug)?.name, lang)}</a>` })}`)}</dd></dl>${renderComponent($$result, "RichText", $$RichText, {
		"html": expert.bioHtml,
		"lang": lang
	})}${courses.length > 0 && renderTemplate`<section aria-labelledby="teaches"><h2 id="teaches">${t("expert.courses")}</h2><ul>${courses.map((course) => renderTemplate`<li><a${addAttribute(href(lang, "courses", course.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": course.title,
		"lang": lang
	})}</a></li>`)}</ul></section>`}<p class="meta">${t("expert.contact")}</p>` })}`;
}, "/work/main/site/pages/[lang]/experts/[expert].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/experts/[expert].astro";
var $$url = "/[lang]/experts/[expert]/";
// \0virtual:astro:page:site/pages/[lang]/experts/[expert]@_@astro
var page = () => _expert__exports;
export { page };
