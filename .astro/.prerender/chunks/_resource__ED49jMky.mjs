import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as languageName, n as formatDate, t as formatBytes } from "./format_gEkIrwe5.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/library/[resource].astro
var _resource__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Resource,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { resources } = await portalContent();
	return locales.flatMap(({ code }) => resources.map((resource) => ({
		params: {
			lang: code,
			resource: resource.id
		},
		props: {
			lang: code,
			resource
		}
	})));
};
var $$Resource = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Resource;
	const { lang, resource } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const format = resource.file?.filename.split(".").pop()?.toUpperCase() ?? "";
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": textIn(resource.title, lang),
		"description": textIn(resource.summary, lang),
		"search": {
			type: t("type.resource"),
			themes: resource.themes.map((slug) => textIn(content.theme.get(slug)?.name, lang))
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "library"), "href")}>${t("library.title")}</a></p>${renderComponent($$result, "Text", $$Text, {
		"as": "h1",
		"value": resource.title,
		"lang": lang
	})}${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": resource.summary,
		"lang": lang
	})}<p>${resource.file && renderTemplate`<a class="button"${addAttribute(resource.file.path, "href")} download>${t("resource.download", {
		format,
		size: formatBytes(resource.file.bytes, lang)
	})}</a>`}${resource.url && renderTemplate`<a class="button"${addAttribute(resource.url, "href")} rel="noopener">${t("resource.readOnline")}</a>`}</p><dl class="facts"><dt>${t("filters.type")}</dt><dd><a${addAttribute(href(lang, "library", "by", "type", resource.type), "href")}>${t(`resource.type.${resource.type}`)}</a></dd>${resource.publisher && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("resource.publisher")}</dt><dd>${resource.publisher}</dd>` })}`}${resource.publishedOn && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("resource.published")}</dt><dd>${formatDate(resource.publishedOn, lang)}</dd>` })}`}<dt>${t("resource.languages")}</dt><dd>${resource.languages.map((code) => languageName(code, lang)).join(", ")}</dd>${resource.licence && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("resource.licence")}</dt><dd>${resource.licence.toUpperCase()}</dd>` })}`}<dt>${t("course.themes")}</dt><dd>${resource.themes.map((slug, index) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${index > 0 && ", "}<a${addAttribute(href(lang, "library", "by", "theme", slug), "href")}>${textIn(content.theme.get(slug)?.name, lang)}</a>` })}`)}</dd></dl>${renderComponent($$result, "RichText", $$RichText, {
		"html": resource.bodyHtml,
		"lang": lang
	})}` })}`;
}, "/work/main/site/pages/[lang]/library/[resource].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/library/[resource].astro";
var $$url = "/[lang]/library/[resource]/";
// \0virtual:astro:page:site/pages/[lang]/library/[resource]@_@astro
var page = () => _resource__exports;
export { page };
