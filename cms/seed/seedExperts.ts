import { idsOf, published, type SeedContext } from './context'
import { byLocale, mapLocales, upsert } from './upsert'

export const seedExperts = async ({ payload, content, markdown, ids }: SeedContext) => {
  for (const expert of content.experts) {
    const { english, translations } = byLocale({ headline: expert.headline, bio: mapLocales(expert.bio, markdown) })
    const { id } = await upsert({
      payload,
      collection: 'experts',
      where: { slug: { equals: expert.slug } },
      data: {
        ...published,
        slug: expert.slug,
        name: expert.name,
        organisation: expert.organisation,
        region: expert.region,
        country: expert.country,
        languages: expert.languages,
        publicProfile: expert.publicProfile,
        contactEmail: expert.contactEmail,
        themes: idsOf(ids.themes, expert.themes),
        ...english,
      },
      translations,
    })
    ids.experts.set(expert.slug, id)
  }
}
