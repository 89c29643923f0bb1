import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

/** Converts the content files' Markdown to the rich text the editor stores. */
export const makeMarkdownConverter = async (payload: Payload) => {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
}

export type MarkdownConverter = Awaited<ReturnType<typeof makeMarkdownConverter>>
