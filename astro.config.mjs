// @ts-check
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, localeCodes } from './cms/shared/locales.ts'

/** The static portal: one HTML page per item and language, built from the public snapshot. */
export default defineConfig({
  site: process.env.SITE_URL ?? process.env.SERVER_URL ?? 'http://localhost:3000',
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((code) => [code, code])) },
      // The root only chooses a language, and 404 pages are not content.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404\/$/.test(page),
    }),
  ],
})
