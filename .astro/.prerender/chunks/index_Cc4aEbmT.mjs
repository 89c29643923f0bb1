import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/communities/index.astro
var communities_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = languagePaths;
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const t = translator(lang);
	const { communities } = await portalContent();
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": t("communities.title"),
		"description": t("communities.intro")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("communities.title")}</h1><p class="lead">${t("communities.intro")}</p><ul class="cards">${communities.map((community) => renderTemplate`<li class="card"><h2><a${addAttribute(href(lang, "communities", community.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": community.name,
		"lang": lang
	})}</a></h2>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"value": community.summary,
		"lang": lang
	})}</li>`)}</ul>` })}`;
}, "/work/main/site/pages/[lang]/communities/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/communities/index.astro";
var $$url = "/[lang]/communities/";
// \0virtual:astro:page:site/pages/[lang]/communities/index@_@astro
var page = () => communities_exports;
export { page };
