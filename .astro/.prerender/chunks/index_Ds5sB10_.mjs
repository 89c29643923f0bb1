import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/404/index.astro
var _404_exports = /* @__PURE__ */ __exportAll({
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
		"title": t("notFound.title"),
		"alternates": false
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("notFound.title")}</h1><p>${t("notFound.body")}</p><p><a${addAttribute(href(lang), "href")}>${t("notFound.home")}</a></p>` })}`;
}, "/work/main/site/pages/[lang]/404/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/404/index.astro";
var $$url = "/[lang]/404/";
// \0virtual:astro:page:site/pages/[lang]/404/index@_@astro
var page = () => _404_exports;
export { page };
