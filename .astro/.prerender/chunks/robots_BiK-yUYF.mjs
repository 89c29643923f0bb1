import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
// site/pages/robots.txt.ts
var robots_txt_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = ({ site }) => new Response(`User-agent: *\nDisallow: /admin\nDisallow: /api\n\nSitemap: ${new URL("/sitemap-index.xml", site).href}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
// \0virtual:astro:page:site/pages/robots.txt@_@ts
var page = () => robots_txt_exports;
export { page };
