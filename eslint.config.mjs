// @ts-check
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import astro from 'eslint-plugin-astro'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * One lint for the repository: JavaScript and TypeScript recommendations, Astro components, the
 * rules of React hooks in the islands. Formatting is Prettier's (`npm run format:check`), so no
 * stylistic rule is enabled here.
 */
export default defineConfig(
  // Generated (by Payload, Next, Astro) or built: nobody edits these files, so nobody is asked to fix them.
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/.astro/',
    '.cache/',
    '.data/',
    'cms/.next/',
    'cms/next-env.d.ts',
    'cms/payload-types.ts',
    'cms/app/(payload)/admin/importMap.js',
    'cms/app/(payload)/admin/\\[\\[...segments\\]\\]/page.tsx',
    'cms/app/(payload)/admin/\\[\\[...segments\\]\\]/not-found.tsx',
    'cms/app/(payload)/layout.tsx',
    'cms/migrations/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The one adjustment: a name starting with `_` says "left unused on purpose" (a field taken out of
      // an object by destructuring, a parameter a framework passes). No recommended rule is turned off.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['site/islands/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
)
