import type { Field } from 'payload'

import { renderMarkdown } from './renderMarkdown'
import { asDocument, serverOnlyField } from '../access/fieldAccess'

/** The body as safe HTML, computed on every read (never stored, never written by clients). */
export const bodyHtmlField: Field = {
  name: 'bodyHtml',
  type: 'text',
  virtual: true,
  admin: { hidden: true },
  access: { read: asDocument, create: serverOnlyField, update: serverOnlyField },
  hooks: { afterRead: [({ siblingData }) => renderMarkdown(siblingData?.body as string | undefined)] },
}

/** The author's display name at the time of writing, so members see who wrote without reading accounts. */
export const authorNameField: Field = {
  name: 'authorName',
  type: 'text',
  maxLength: 120,
  admin: { readOnly: true },
  access: { read: asDocument, create: serverOnlyField, update: serverOnlyField },
}
