import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from 'vitest'

/**
 * The layers import one way: `cms/contract` (locales, vocabularies, roles, routes, the snapshot
 * schema, the UI dictionaries) depends on nothing of ours; `cms/` never reaches into the portal or
 * the scripts; `site/` reaches the CMS only through its contract (islands call the API over HTTP);
 * `scripts/` are entry points that never import the portal.
 */
const sources = execFileSync('git', ['ls-files', 'cms', 'site', 'scripts', 'astro.config.mjs'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file))

const aliases: Record<string, string> = {
  '@contract/': 'cms/contract/',
  '@site/': 'site/',
  '@payload-config': 'cms/payload.config',
}

/** The repository file an import names, or null for a package. */
const resolved = (specifier: string, importer: string) => {
  const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix))
  if (alias) return aliases[alias] + specifier.slice(alias.length)
  if (!specifier.startsWith('.')) return null
  return path.normalize(path.join(path.dirname(importer), specifier))
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].flatMap(([, specifier]) => {
    const target = resolved(specifier!, file)
    return target ? [{ specifier: specifier!, target }] : []
  })

const layerOf = (file: string) =>
  file.startsWith('cms/contract/')
    ? 'contract'
    : file.startsWith('cms/')
      ? 'cms'
      : file.startsWith('site/') || file === 'astro.config.mjs'
        ? 'site'
        : file.startsWith('scripts/')
          ? 'scripts'
          : 'other'

/** What each layer may import (besides packages). */
const allowed: Record<string, string[]> = {
  contract: ['contract'],
  cms: ['contract', 'cms'],
  site: ['contract', 'site'],
  scripts: ['contract', 'cms', 'scripts'],
}

const violations = (rule: (importer: string, target: string) => boolean) =>
  sources.flatMap((file) =>
    importsOf(file)
      .filter(({ target }) => !rule(file, target))
      .map(({ specifier }) => `${file} imports ${specifier}`),
  )

describe('layers import one way', () => {
  test('every file outside the contract imports only what its layer may', () => {
    expect(violations((file, target) => allowed[layerOf(file)]!.includes(layerOf(target)))).toEqual([])
  })

  test('every relative import points at a file that exists (the rule above saw real targets)', () => {
    const missing = sources.flatMap((file) =>
      importsOf(file)
        .filter(
          ({ target }) =>
            !['', '.ts', '.tsx', '.js', '.mjs', '.json', '.astro', '/index.ts'].some((ext) => existsSync(target + ext)),
        )
        .map(({ specifier }) => `${file} imports ${specifier}`),
    )
    expect(missing).toEqual([])
  })

  test('a control: an import of CMS internals from the portal is caught', () => {
    expect(
      allowed.site!.includes(layerOf(resolved('../../../cms/collections/Media', 'site/islands/x/File.tsx')!)),
    ).toBe(false)
    expect(allowed.cms!.includes(layerOf(resolved('../../site/lib/content', 'cms/email/x.ts')!))).toBe(false)
  })
})
