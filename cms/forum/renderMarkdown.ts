import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** Markdown as people write it in forums; any HTML they type is shown as text, never run. */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: { html: ({ text }) => escapeHtml(text) },
})

/** What a forum post may contain once rendered: text formatting, lists, quotes, code and links. */
const allowList: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'hr'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // Links written by users: no referrer trust, no ranking credit, no access to this window.
    a: (_tag, attribs) => ({ tagName: 'a', attribs: { href: attribs.href ?? '', rel: 'ugc nofollow noopener' } }),
  },
}

/** A forum text as safe HTML: Markdown rendered, then everything outside the allow-list removed. */
export const renderMarkdown = (source: string | null | undefined) =>
  source ? sanitizeHtml(markdown.parse(source, { async: false }) as string, allowList) : ''
