import { type SeedContext } from './context'
import { byLocale, upsert } from './upsert'

export const seedThemes = async ({ payload, content, ids }: SeedContext) => {
  for (const theme of content.themes) {
    const { english, translations } = byLocale({ name: theme.name, description: theme.description })
    const { id } = await upsert({
      payload,
      collection: 'themes',
      where: { slug: { equals: theme.slug } },
      data: { slug: theme.slug, ...english },
      translations,
    })
    ids.themes.set(theme.slug, id)
  }
}
