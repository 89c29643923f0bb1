import type { Translate } from '../strings'

/** Uploads a file as members-only media of the community; returns a Markdown link to it, or an error message. */
export const shareFile = async (
  t: Translate,
  file: File,
  community: number,
): Promise<{ link: string } | { error: string }> => {
  const form = new FormData()
  form.append('file', file)
  form.append('_payload', JSON.stringify({ alt: file.name, visibility: 'members', community }))
  try {
    const response = await fetch('/api/media', { method: 'POST', body: form, credentials: 'same-origin' })
    const json = (await response.json().catch(() => ({}))) as {
      doc?: { url?: string; filename?: string }
      errors?: { data?: { quotaBytes?: number } }[]
    }
    const quotaBytes = json.errors?.[0]?.data?.quotaBytes
    if (quotaBytes) return { error: t('forum.fileQuota', { quota: Math.round(quotaBytes / (1024 * 1024)) }) }
    if (!response.ok || !json.doc?.url)
      return { error: response.status === 413 ? t('forum.fileTooLarge') : t('forum.fileRefused') }
    return { link: `[${(json.doc.filename ?? file.name).replace(/[[\]]/g, '')}](${json.doc.url})` }
  } catch {
    return { error: t('account.error.network') }
  }
}
