import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { t as createAstro } from "./global_BGUjKetN.mjs";
import { t as $$Page } from "./Page_kdUMgiFF.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { i as languageName } from "./format_gEkIrwe5.mjs";
import { i as createComponent, n as translator, t } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as $$CourseCard } from "./CourseCard_v0hDWic8.mjs";
import { t as $$FacetNav } from "./FacetNav_BjV1_yOM.mjs";
// site/lib/courseFacets.ts
var courseFacets = [
	{
		key: "theme",
		values: (content) => content.themes.map((theme) => theme.id),
		matches: (course, value) => course.themes.includes(value),
		label: (value, lang, content) => textIn(content.theme.get(value)?.name, lang)
	},
	{
		key: "format",
		values: () => ["self-paced", "instructor-led"],
		matches: (course, value) => course.format === value,
		label: (value, lang) => t(lang, `format.${value}`)
	},
	{
		key: "access",
		values: () => ["open", "closed"],
		matches: (course, value) => course.access === value,
		label: (value, lang) => t(lang, `access.${value}`)
	},
	{
		key: "language",
		values: () => [
			"en",
			"fr",
			"es",
			"ar",
			"ru",
			"zh"
		],
		matches: (course, value) => course.languages.includes(value),
		label: (value, lang) => languageName(value, lang)
	}
];
// site/components/CourseCatalogue.astro
createAstro("http://localhost:3000");
var $$CourseCatalogue = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CourseCatalogue;
	const { lang, active } = Astro.props;
	const t = translator(lang);
	const content = await portalContent();
	const activeFacet = courseFacets.find((facet) => facet.key === active?.facet);
	const courses = activeFacet && active ? content.courses.filter((course) => activeFacet.matches(course, active.value)) : content.courses;
	const groups = courseFacets.map((facet) => ({
		key: facet.key,
		titleKey: `filters.${facet.key}`,
		options: facet.values(content).map((value) => ({
			label: facet.label(value, lang, content),
			href: href(lang, "courses", "by", facet.key, value),
			current: active?.facet === facet.key && active.value === value
		}))
	}));
	const heading = activeFacet && active ? `${t("courses.title")}: ${activeFacet.label(active.value, lang, content)}` : t("courses.title");
	return renderTemplate`${renderComponent($$result, "Page", $$Page, {
		"lang": lang,
		"title": heading,
		"description": t("courses.intro")
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${heading}</h1><p class="lead">${t("courses.intro")}</p><div class="layout-aside">${renderComponent($$result, "FacetNav", $$FacetNav, {
		"lang": lang,
		"groups": groups,
		"clearHref": href(lang, "courses"),
		"anyActive": Boolean(active)
	})}<section aria-labelledby="results"><h2 id="results">${t("courses.count", { count: courses.length })}</h2>${courses.length === 0 ? renderTemplate`<p>${t("courses.none")}</p>` : renderTemplate`<ul class="cards">${courses.map((course) => renderTemplate`${renderComponent($$result, "CourseCard", $$CourseCard, {
		"course": course,
		"lang": lang
	})}`)}</ul>`}</section></div>` })}`;
}, "/work/main/site/components/CourseCatalogue.astro", void 0);
export { courseFacets as n, $$CourseCatalogue as t };
