import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as textIn, t as portalContent } from "./content_CKV4cy5-.mjs";
import { t } from "./i18n_LaS0txss.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
import { t as rssFeed } from "./rss_CUfC_J5Q.mjs";
import { t as languagePaths } from "./staticPaths_D5z86t_c.mjs";
// site/pages/[lang]/library/feed.xml.ts
var feed_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = languagePaths;
var GET = async ({ props, site }) => {
	const { lang } = props;
	const { resources } = await portalContent();
	const items = resources.map((resource) => ({
		title: textIn(resource.title, lang),
		link: new URL(href(lang, "library", resource.id), site).href,
		guid: `resource:${resource.id}`,
		date: resource.publishedOn ?? resource.updatedAt,
		description: textIn(resource.summary, lang)
	}));
	const body = rssFeed({
		title: `${t(lang, "site.name")} · ${t(lang, "library.title")}`,
		link: new URL(href(lang, "library"), site).href,
		description: t(lang, "library.intro"),
		lang,
		items
	});
	return new Response(body, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
};
// \0virtual:astro:page:site/pages/[lang]/library/feed.xml@_@ts
var page = () => feed_xml_exports;
export { page };
