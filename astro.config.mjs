// @ts-check
import { readFileSync } from 'node:fs'

import react from '@astrojs/react'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, localeCodes } from './cms/contract/locales.ts'
import { portalBuildInputs, portalSiteUrl } from './cms/contract/portalBuildInputs.ts'

const inputs = portalBuildInputs()
const site = portalSiteUrl(inputs)

/** An incremental build renders only changed items; the sitemap still lists the pages it carries over. */
const partial = inputs.PORTAL_PARTIAL_FILE ? JSON.parse(readFileSync(inputs.PORTAL_PARTIAL_FILE, 'utf8')) : null
const carriedOverPages = partial ? partial.reusedUrlPaths.map((urlPath) => new URL(urlPath, site).href) : []

/** The static portal: one HTML page per item and language, built from the public snapshot. */
export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: inputs.PORTAL_OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Every page carries a Content-Security-Policy naming the hashes of its own scripts and styles:
  // nothing from another host, no injected script. Search needs WebAssembly (Pagefind).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    react(),
    sitemap({
      customPages: carriedOverPages,
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // The root only chooses a language, and 404 pages are not content.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404\/$/.test(page),
    }),
  ],
})
