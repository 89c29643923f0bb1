import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
// site/components/FacetNav.astro
createAstro("http://localhost:3000");
var $$FacetNav = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FacetNav;
	const { lang, groups, clearHref, anyActive } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="filters"${addAttribute(t("filters.title"), "aria-label")}><h2 class="visually-hidden">${t("filters.title")}</h2>${anyActive && renderTemplate`<p><a${addAttribute(clearHref, "href")}>${t("filters.clear")}</a></p>`}${groups.map((group) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h2>${t(group.titleKey)}</h2><ul>${group.options.map((option) => renderTemplate`<li><a${addAttribute(option.href, "href")}${addAttribute(option.current ? "page" : void 0, "aria-current")}>${option.label}</a></li>`)}</ul>` })}`)}</nav>`;
}, "/work/main/site/components/FacetNav.astro", void 0);
export { $$FacetNav as t };
