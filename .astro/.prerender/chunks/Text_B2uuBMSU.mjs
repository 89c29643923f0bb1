import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { i as createComponent } from "./i18n_LaS0txss.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { r as pick } from "./content_CKV4cy5-.mjs";
// site/components/Text.astro
createAstro("http://localhost:3000");
var $$Text = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Text;
	const { value, lang, as: Tag = "span", class: className } = Astro.props;
	const picked = pick(value, lang);
	return renderTemplate`${renderComponent($$result, "Tag", Tag, {
		"class": className,
		"lang": picked.isFallback ? "en" : void 0,
		"dir": picked.isFallback ? "ltr" : void 0
	}, { "default": ($$result) => renderTemplate`${picked.text}` })}`;
}, "/work/main/site/components/Text.astro", void 0);
export { $$Text as t };
