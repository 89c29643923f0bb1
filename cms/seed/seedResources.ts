import type { ResourceContent } from './content-schema'
import { idsOf, published, type SeedContext } from './context'
import { minimalPdf } from './minimalPdf'
import { byLocale, mapLocales, upsert } from './upsert'

const asServer = { overrideAccess: true, depth: 0, context: { seeding: true } } as const

/** A library file made from the resource's own text, uploaded once and reused on later runs. */
const pdfFor = async ({ payload }: SeedContext, resource: ResourceContent) => {
  const filename = `${resource.slug}.pdf`
  const existing = await payload.find({
    collection: 'resources',
    where: { slug: { equals: resource.slug } },
    limit: 1,
    ...asServer,
  })
  const attached = existing.docs[0]?.file
  if (attached) return typeof attached === 'object' ? attached.id : attached
  const data = minimalPdf({
    title: resource.title.en,
    paragraphs: [resource.summary.en, resource.body.en, `Publisher: ${resource.publisher}`],
  })
  const media = await payload.create({
    collection: 'media',
    data: { alt: resource.title.en, visibility: 'public' },
    file: { data, name: filename, mimetype: 'application/pdf', size: data.length },
    ...asServer,
  })
  return media.id
}

export const seedResources = async (context: SeedContext) => {
  const { payload, content, markdown, ids } = context
  for (const resource of content.resources) {
    const { english, translations } = byLocale({
      title: resource.title,
      summary: resource.summary,
      body: mapLocales(resource.body, markdown),
    })
    await upsert({
      payload,
      collection: 'resources',
      where: { slug: { equals: resource.slug } },
      data: {
        ...published,
        slug: resource.slug,
        type: resource.type,
        publisher: resource.publisher,
        publishedOn: resource.publishedOn,
        licence: resource.licence,
        languages: resource.languages,
        url: resource.url ?? null,
        file: resource.pdf ? await pdfFor(context, resource) : null,
        themes: idsOf(ids.themes, resource.themes),
        ...english,
      },
      translations,
    })
  }
}
