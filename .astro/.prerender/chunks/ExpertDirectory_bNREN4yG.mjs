import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$FacetNav } from "./FacetNav_BjV1_yOM.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
// site/components/ExpertDirectory.astro
createAstro("http://localhost:3000");
var $$ExpertDirectory = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ExpertDirectory;
	const { lang, active } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const regions = [...new Set(content.experts.map((expert) => expert.region).filter((region) => region !== null))].sort();
	const experts = content.experts.filter((expert) => !active || (active.facet === "theme" ? expert.themes.includes(active.value) : expert.region === active.value));
	const option = (facet, value, label) => ({
		label,
		href: href(lang, "experts", "by", facet, value),
		current: active?.facet === facet && active.value === value
	});
	const regionLabel = (region) => t(`region.${region}`);
	const groups = [{
		key: "theme",
		titleKey: "filters.theme",
		options: content.themes.map((theme) => option("theme", theme.id, textIn(theme.name, lang)))
	}, {
		key: "region",
		titleKey: "filters.region",
		options: regions.map((region) => option("region", region, regionLabel(region)))
	}];
	const heading = active ? `${t("experts.title")}: ${active.facet === "theme" ? textIn(content.theme.get(active.value)?.name, lang) : regionLabel(active.value)}` : t("experts.title");
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": heading,
		"description": t("experts.intro")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${heading}</h1><p class="lead">${t("experts.intro")}</p><div class="layout-aside">${renderComponent($$result, "FacetNav", $$FacetNav, {
		"lang": lang,
		"groups": groups,
		"clearHref": href(lang, "experts"),
		"anyActive": Boolean(active)
	})}<section aria-labelledby="results"><h2 id="results">${t("experts.count", { count: experts.length })}</h2>${experts.length === 0 ? renderTemplate`<p>${t("experts.none")}</p>` : renderTemplate`<ul class="cards">${experts.map((expert) => renderTemplate`<li class="card"><h3><a${addAttribute(href(lang, "experts", expert.id), "href")}>${expert.name}</a></h3>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"value": expert.headline,
		"lang": lang
	})}${expert.organisation && renderTemplate`<p class="meta">${expert.organisation}</p>`}</li>`)}</ul>`}</section></div>` })}`;
}, "/work/main/site/components/ExpertDirectory.astro", void 0);
export { $$ExpertDirectory as t };
