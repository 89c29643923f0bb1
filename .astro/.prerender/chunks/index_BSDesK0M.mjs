import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute, y as createRenderInstruction } from "./server_UE8OVB-D.mjs";
// node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
// site/pages/[lang]/search/index.astro
var search_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = languagePaths;
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": t("search.title")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("search.title")}</h1><p class="lead">${t("search.intro")}</p><form id="search-form" role="search"${addAttribute(href(lang, "search"), "action")} method="get"${addAttribute(t("search.loading"), "data-loading")}${addAttribute(t("search.results"), "data-results")}${addAttribute(t("search.noResults"), "data-none")}><p><label for="q">${t("search.label")}</label><br><input id="q" type="search" name="q"><button type="submit">${t("search.submit")}</button></p><p><label for="type">${t("search.filterType")}</label><select id="type" name="type"><option value="">${t("search.all")}</option></select><label for="theme">${t("search.filterTheme")}</label><select id="theme" name="theme"><option value="">${t("search.all")}</option></select></p></form><p id="search-status" role="status" aria-live="polite"></p><ol id="search-results"></ol><noscript><p>${t("search.needsScript")}</p></noscript>${renderScript($$result, "/work/main/site/pages/[lang]/search/index.astro?astro&type=script&index=0&lang.ts")}` })}`;
}, "/work/main/site/pages/[lang]/search/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/search/index.astro";
var $$url = "/[lang]/search/";
// \0virtual:astro:page:site/pages/[lang]/search/index@_@astro
var page = () => search_exports;
export { page };
