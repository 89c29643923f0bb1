import type { SeedContext } from './context'

const siteName = {
  en: 'Connect & Learn',
  fr: 'Connect & Learn',
  es: 'Connect & Learn',
  ar: 'تواصل وتعلّم',
  ru: 'Connect & Learn',
  zh: '连接与学习',
}

const tagline = {
  en: 'Training and communities of practice for people working to prevent and counter terrorism.',
  fr: 'Formations et communautés de pratique pour les personnes qui œuvrent à prévenir et combattre le terrorisme.',
  es: 'Formación y comunidades de práctica para quienes trabajan en prevenir y combatir el terrorismo.',
  ar: 'تدريب ومجتمعات ممارسة للعاملين في مجال منع الإرهاب ومكافحته.',
  ru: 'Обучение и профессиональные сообщества для тех, кто работает над предупреждением терроризма и борьбой с ним.',
  zh: '为致力于预防和打击恐怖主义的从业人员提供培训与实践社区。',
}

export const seedSiteSettings = async ({ payload, ids }: SeedContext) => {
  const featuredCourses = [...ids.courses.values()].slice(0, 3)
  for (const locale of Object.keys(siteName) as (keyof typeof siteName)[]) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        siteName: siteName[locale],
        tagline: tagline[locale],
        ...(locale === 'en' ? { contactEmail: 'contact@example.org', featuredCourses } : {}),
      },
      overrideAccess: true,
      context: { seeding: true },
    })
  }
}
