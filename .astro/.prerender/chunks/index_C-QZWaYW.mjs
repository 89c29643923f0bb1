import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { i as createComponent, n as translator, r as locales } from "./i18n_LaS0txss.mjs";
import { t as $$RichText } from "./RichText_DWyQcrJj.mjs";
import { t as $$Text } from "./Text_B2uuBMSU.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as languageName, n as formatDate } from "./format_gEkIrwe5.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/pages/[lang]/courses/[course]/index.astro
var _course__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:3000");
var getStaticPaths = async () => {
	const { courses } = await portalContent();
	return locales.flatMap(({ code }) => courses.map((course) => ({
		params: {
			lang: code,
			course: course.id
		},
		props: {
			lang: code,
			course
		}
	})));
};
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang, course } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const instructors = course.instructors.map((slug) => content.expert.get(slug)).filter((expert) => expert !== void 0);
	const community = course.community ? content.community.get(course.community) : void 0;
	const firstLesson = course.modules.flatMap((module) => module.lessons)[0];
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": textIn(course.title, lang),
		"description": textIn(course.summary, lang),
		"search": {
			type: t("type.course"),
			themes: course.themes.map((slug) => textIn(content.theme.get(slug)?.name, lang))
		}
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<p class="meta"><a${addAttribute(href(lang, "courses"), "href")}>${t("courses.title")}</a></p>${renderComponent($$result, "Text", $$Text, {
		"as": "h1",
		"value": course.title,
		"lang": lang
	})}${renderComponent($$result, "Text", $$Text, {
		"as": "p",
		"class": "lead",
		"value": course.summary,
		"lang": lang
	})}<dl class="facts"><dt>${t("filters.format")}</dt><dd>${t(`format.${course.format}`)}</dd><dt>${t("filters.access")}</dt><dd>${t(`access.${course.access}`)}</dd>${course.level && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("course.level")}</dt><dd>${t(`level.${course.level}`)}</dd>` })}`}${course.durationHours !== null && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<dt>${t("course.duration")}</dt><dd>${t("course.hours", { count: course.durationHours })}</dd>` })}`}<dt>${t("course.languages")}</dt><dd>${course.languages.map((code) => languageName(code, lang)).join(", ")}</dd><dt>${t("course.themes")}</dt><dd>${course.themes.map((slug, index) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${index > 0 && ", "}<a${addAttribute(href(lang, "courses", "by", "theme", slug), "href")}>${textIn(content.theme.get(slug)?.name, lang)}</a>` })}`)}</dd></dl><section aria-labelledby="take-part" class="notice"><h2 id="take-part">${t("course.howToEnrol")}</h2><p>${course.access === "open" ? t("course.enrolOpen") : t("course.enrolClosed")}</p><p><a class="button"${addAttribute(`${href(lang, "account")}?course=${course.id}`, "href")}>${course.access === "open" ? t("course.enrol") : t("course.requestAccess")}</a>${firstLesson && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <a${addAttribute(href(lang, "courses", course.id, firstLesson), "href")}>${t("course.startLearning")}</a>` })}`}</p></section>${renderComponent($$result, "RichText", $$RichText, {
		"html": course.bodyHtml,
		"lang": lang
	})}<section aria-labelledby="syllabus"><h2 id="syllabus">${t("course.syllabus")}</h2>${course.access === "closed" && renderTemplate`<p class="meta">${t("course.closedLessons")}</p>`}<ol class="syllabus">${course.modules.map((module) => renderTemplate`<li>${renderComponent($$result, "Text", $$Text, {
		"as": "h3",
		"value": module.title,
		"lang": lang
	})}${module.lessons.length > 0 ? renderTemplate`<ol>${module.lessons.map((slug) => {
		const lesson = content.lesson.get(`${course.id}/${slug}`);
		return lesson && renderTemplate`<li><a${addAttribute(href(lang, "courses", course.id, slug), "href")}>${renderComponent($$result, "Text", $$Text, {
			"value": lesson.title,
			"lang": lang
		})}</a>${lesson.durationMinutes && renderTemplate`<span class="meta"> · ${t("lesson.minutes", { count: lesson.durationMinutes })}</span>`}</li>`;
	})}</ol>` : renderTemplate`<p class="meta">${t("course.lessonCount", { count: module.lessonCount })}</p>`}</li>`)}</ol></section>${course.cohorts.length > 0 && renderTemplate`<section aria-labelledby="cohorts"><h2 id="cohorts">${t("course.cohorts")}</h2><ul>${course.cohorts.map((cohort) => renderTemplate`<li>${renderComponent($$result, "Text", $$Text, {
		"value": cohort.name,
		"lang": lang
	})}: ${t("course.cohortDates", {
		start: formatDate(cohort.startDate, lang),
		end: formatDate(cohort.endDate, lang)
	})} · ${t("course.capacity", { count: cohort.capacity })}</li>`)}</ul></section>`}${instructors.length > 0 && renderTemplate`<section aria-labelledby="instructors"><h2 id="instructors">${t("course.instructors")}</h2><ul>${instructors.map((expert) => renderTemplate`<li><a${addAttribute(href(lang, "experts", expert.id), "href")}>${expert.name}</a> — ${renderComponent($$result, "Text", $$Text, {
		"value": expert.headline,
		"lang": lang
	})}</li>`)}</ul></section>`}${community && renderTemplate`<p>${t("course.community")}: <a${addAttribute(href(lang, "communities", community.id), "href")}>${renderComponent($$result, "Text", $$Text, {
		"value": community.name,
		"lang": lang
	})}</a></p>`}` })}`;
}, "/work/main/site/pages/[lang]/courses/[course]/index.astro", void 0);
var $$file = "/work/main/site/pages/[lang]/courses/[course]/index.astro";
var $$url = "/[lang]/courses/[course]/";
// \0virtual:astro:page:site/pages/[lang]/courses/[course]/index@_@astro
var page = () => _course__exports;
export { page };
