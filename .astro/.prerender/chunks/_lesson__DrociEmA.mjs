import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/courses/[course]/[lesson].astro
var _lesson__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Lesson,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { lessons } = await portalContent();
	return locales.flatMap(({ code }) => lessons.map((lesson) => ({
		params: {
			lang: code,
			course: lesson.course,
			lesson: lesson.slug
		},
		props: {
			lang: code,
			lesson
		}
	})));
};
var $$Lesson = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Lesson;
	const { lang, lesson } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const course = content.course.get(lesson.course);
	const order = course.modules.flatMap((module) => module.lessons);
	const position = order.indexOf(lesson.slug);
	const neighbour = (offset) => content.lesson.get(`${course.id}/${order[position + offset]}`);
	const previous = neighbour(-1);
	const next = neighbour(1);
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": `${textIn(lesson.title, lang)} · ${textIn(course.title, lang)}`,
		"search": {
			type: t("type.lesson"),
			themes: course.themes.map((slug) => textIn(content.theme.get(slug)?.name, lang))
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "courses", course.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": course.title,
		"lang": lang
	})}</a></p>${renderComponent($$result, "Text", $$Text, {
		"as": "h1",
		"value": lesson.title,
		"lang": lang
	})}${lesson.durationMinutes && renderTemplate`<p class="meta">${t("lesson.minutes", { count: lesson.durationMinutes })}</p>`}${renderComponent($$result, "RichText", $$RichText, {
		"html": lesson.bodyHtml,
		"lang": lang
	})}<nav class="pager"${addAttribute(t("course.syllabus"), "aria-label")}>${previous ? renderTemplate`<a${addAttribute(href(lang, "courses", course.id, previous.slug), "href")} rel="prev"><span class="flip" aria-hidden="true">←</span> ${t("lesson.previous")}: ${renderComponent($$result, "Text", $$Text, {
		"value": previous.title,
		"lang": lang
	})}</a>` : renderTemplate`<a${addAttribute(href(lang, "courses", course.id), "href")}>${t("lesson.backToCourse")}</a>`}${next && renderTemplate`<a${addAttribute(href(lang, "courses", course.id, next.slug), "href")} rel="next">${t("lesson.next")}: ${renderComponent($$result, "Text", $$Text, {
		"value": next.title,
		"lang": lang
	})} <span class="flip" aria-hidden="true">→</span></a>`}</nav>` })}`;
}, "/work/main/site/pages/[lang]/courses/[course]/[lesson].astro", void 0);
var $$file = "/work/main/site/pages/[lang]/courses/[course]/[lesson].astro";
var $$url = "/[lang]/courses/[course]/[lesson]/";
// \0virtual:astro:page:site/pages/[lang]/courses/[course]/[lesson]@_@astro
var page = () => _lesson__exports;
export { page };
