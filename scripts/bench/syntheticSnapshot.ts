import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Localized, ResourceEntry, ThemeEntry } from '../../cms/contract/snapshotSchema'

const langs = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const
const words = {
  en: 'prevention border resilience community training justice cooperation evidence rights victims security travel',
  fr: 'prévention frontière résilience communauté formation justice coopération preuve droits victimes sécurité voyage',
  es: 'prevención frontera resiliencia comunidad formación justicia cooperación prueba derechos víctimas seguridad viaje',
  ar: 'الوقاية الحدود الصمود المجتمع التدريب العدالة التعاون الأدلة الحقوق الضحايا الأمن السفر',
  ru: 'профилактика граница устойчивость сообщество обучение правосудие сотрудничество доказательства права жертвы безопасность поездки',
  zh: '预防 边境 韧性 社区 培训 司法 合作 证据 权利 受害者 安全 旅行',
}

/** Deterministic filler text in one language: `count` words chosen by a simple sequence. */
const sentence = (lang: (typeof langs)[number], seed: number, count: number) => {
  const list = words[lang].split(' ')
  return Array.from({ length: count }, (_, i) => list[(seed * 7 + i * 3) % list.length]).join(' ')
}

const localized = (seed: number, count: number, wrap = (text: string) => text): Localized =>
  Object.fromEntries(langs.map((lang) => [lang, wrap(sentence(lang, seed, count))])) as Localized

/**
 * A synthetic public snapshot: the demo snapshot's themes, courses and the rest, plus `count`
 * library resources translated into all six languages, to measure the portal build at scale.
 */
export const writeSyntheticSnapshot = async ({
  baseDir,
  outDir,
  count,
}: {
  baseDir: string
  outDir: string
  count: number
}) => {
  await mkdir(path.join(outDir, 'media'), { recursive: true })
  const { readFile, cp } = await import('node:fs/promises')
  await cp(baseDir, outDir, { recursive: true })
  const themes = JSON.parse(await readFile(path.join(baseDir, 'themes.json'), 'utf8')) as ThemeEntry[]
  const resources: ResourceEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `synthetic-resource-${i}`,
    title: localized(i, 6),
    summary: localized(i + 1, 24),
    bodyHtml: localized(i + 2, 120, (text) => `<p>${text}</p>`),
    type: 'publication',
    themes: [themes[i % themes.length]!.id],
    languages: ['en', 'fr'],
    publisher: 'Synthetic publisher',
    publishedOn: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    licence: 'cc-by-4.0',
    url: `https://example.org/library/synthetic-${i}`,
    file: null,
    updatedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
  }))
  await writeFile(path.join(outDir, 'resources.json'), JSON.stringify(resources))
  return resources.length
}
