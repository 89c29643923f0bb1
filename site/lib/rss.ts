const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

export type FeedItem = { title: string; link: string; description: string; date: string; guid: string }

/** An RSS 2.0 feed. */
export const rssFeed = ({
  title,
  link,
  description,
  lang,
  items,
}: {
  title: string
  link: string
  description: string
  lang: string
  items: FeedItem[]
}) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>${escapeXml(link)}</link><description>${escapeXml(description)}</description><language>${lang}</language>
${items
  .map(
    (item) =>
      `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="false">${escapeXml(item.guid)}</guid><pubDate>${new Date(item.date).toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>
`
