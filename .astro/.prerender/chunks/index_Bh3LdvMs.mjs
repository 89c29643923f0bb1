import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { i as createComponent } from "./i18n_LaS0txss.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$LibraryList } from "./LibraryList_Cv-UDnUi.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/library/index.astro
var library_exports = /* @__PURE__ */ __exportAll({
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
	return renderTemplate`${renderComponent($$result, "LibraryList", $$LibraryList, { "lang": lang })}`;
}, "/work/main/site/pages/[lang]/library/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/library/index.astro";
var $$url = "/[lang]/library/";
// \0virtual:astro:page:site/pages/[lang]/library/index@_@astro
var page = () => library_exports;
export { page };
