import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$FacetNav } from "./FacetNav_BjV1_yOM.mjs";
import { t as $$ResourceCard } from "./ResourceCard_os6cs_SB.mjs";
// cms/shared/vocabularies.ts
var resourceTypes = [
	"publication",
	"toolkit",
	"guide",
	"training-material",
	"video",
	"legal-instrument",
	"report",
	"policy-brief"
];
// site/components/LibraryList.astro
createAstro("http://localhost:3000");
var $$LibraryList = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LibraryList;
	const { lang, active } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const resources = content.resources.filter((resource) => !active ? true : active.facet === "theme" ? resource.themes.includes(active.value) : resource.type === active.value);
	const typeLabel = (type) => t(`resource.type.${type}`);
	const option = (facet, value, label) => ({
		label,
		href: href(lang, "library", "by", facet, value),
		current: active?.facet === facet && active.value === value
	});
	const groups = [{
		key: "theme",
		titleKey: "library.byTheme",
		options: content.themes.map((theme) => option("theme", theme.id, textIn(theme.name, lang)))
	}, {
		key: "type",
		titleKey: "library.byType",
		options: resourceTypes.map((type) => option("type", type, typeLabel(type)))
	}];
	const activeLabel = active ? active.facet === "theme" ? textIn(content.theme.get(active.value)?.name, lang) : typeLabel(active.value) : "";
	const heading = active ? `${t("library.title")}: ${activeLabel}` : t("library.title");
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": heading,
		"description": t("library.intro")
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${heading}</h1><p class="lead">${t("library.intro")}</p><div class="layout-aside">${renderComponent($$result, "FacetNav", $$FacetNav, {
			"lang": lang,
			"groups": groups,
			"clearHref": href(lang, "library"),
			"anyActive": Boolean(active)
		})}<section aria-labelledby="results"><h2 id="results">${t("library.count", { count: resources.length })}</h2>${resources.length === 0 ? renderTemplate`<p>${t("library.none")}</p>` : renderTemplate`<ul class="cards">${resources.map((resource) => renderTemplate`${renderComponent($$result, "ResourceCard", $$ResourceCard, {
			"resource": resource,
			"lang": lang
		})}`)}</ul>`}</section></div>`,
		"head": ($$result) => renderTemplate`<link rel="alternate" type="application/rss+xml"${addAttribute(t("meta.rss.library"), "title")}${addAttribute(`/${lang}/library/feed.xml`, "href")}>`
	})}`;
}, "/work/main/site/components/LibraryList.astro", void 0);
export { resourceTypes as n, $$LibraryList as t };
