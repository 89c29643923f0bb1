import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/account/index.astro
var account_exports = /* @__PURE__ */ __exportAll({
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
		"title": t("account.title")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${t("account.title")}</h1><p class="lead">${t("account.intro")}</p>` })}`;
}, "/work/main/site/pages/[lang]/account/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/account/index.astro";
var $$url = "/[lang]/account/";
// \0virtual:astro:page:site/pages/[lang]/account/index@_@astro
var page = () => account_exports;
export { page };
