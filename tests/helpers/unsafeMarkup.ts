import { html, parseFragment, type DefaultTreeAdapterTypes } from 'parse5'

/** The elements forum Markdown may produce; anything else in a rendered post is an injection. */
const allowedElements = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'hr',
])
const allowedAttributes = new Set(['href', 'rel'])
/** Link targets a browser follows without running anything (an allow-list: `javascript:` in any disguise fails it). */
const safeHref = /^(https?:|mailto:)/i

type Node = DefaultTreeAdapterTypes.Node

const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node

/**
 * Every piece of markup in `fragment` that could run script or load something, as a browser
 * would parse it (parse5 follows the WHATWG parsing rules, quirks and all): elements outside
 * the allow-list or outside the HTML namespace, any attribute but `href`/`rel`, and `href`s that
 * are not http(s) or mailto. An empty list means the fragment is inert.
 */
export const unsafeMarkupIn = (fragment: string): string[] => {
  const found: string[] = []
  const visit = (node: Node) => {
    if (isElement(node)) {
      const name = node.tagName
      if (!allowedElements.has(name) || node.namespaceURI !== html.NS.HTML) found.push(`element <${name}>`)
      for (const attribute of node.attrs) {
        const attributeName = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
        if (!allowedAttributes.has(attributeName)) found.push(`attribute ${attributeName} on <${name}>`)
        else if (attributeName === 'href' && !safeHref.test(attribute.value.trim()))
          found.push(`link to ${attribute.value} on <${name}>`)
      }
      if ('content' in node) visit(node.content)
    }
    if ('childNodes' in node) node.childNodes.forEach(visit)
  }
  visit(parseFragment(fragment))
  return found
}
