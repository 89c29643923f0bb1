import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
// site/components/CourseCard.astro
createAstro("http://localhost:3000");
var $$CourseCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CourseCard;
	const { course, lang } = Astro.props;
	const t = translator(lang);
	return renderTemplate`${maybeRenderHead($$result)}<li class="card"><h3><a${addAttribute(href(lang, "courses", course.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": course.title,
		"lang": lang
	})}</a></h3><ul class="tags"><li>${t(`format.${course.format}`)}</li><li>${t(`access.${course.access}`)}</li>${course.level && renderTemplate`<li>${t(`level.${course.level}`)}</li>`}</ul>${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"value": course.summary,
		"lang": lang
	})}</li>`;
}, "/work/main/site/components/CourseCard.astro", void 0);
export { $$CourseCard as t };
