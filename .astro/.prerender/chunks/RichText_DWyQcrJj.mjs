import { E as unescapeHTML, c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { r as pick } from "./content_CKV4cy5-.mjs";
// site/components/RichText.astro
createAstro("http://localhost:3000");
var $$RichText = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RichText;
	const { html, lang } = Astro.props;
	const picked = pick(html, lang);
	const t = translator(lang);
	return renderTemplate`${picked.text && renderTemplate`${maybeRenderHead($$result)}<div class="prose"${addAttribute(picked.isFallback ? "en" : void 0, "lang")}${addAttribute(picked.isFallback ? "ltr" : void 0, "dir")}>${picked.isFallback && renderTemplate`<p class="fallback-note"${addAttribute(lang, "lang")} dir="auto">${t("fallback.notice")}</p>`}${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(picked.text)}` })}</div>`}`;
}, "/work/main/site/components/RichText.astro", void 0);
export { $$RichText as t };
