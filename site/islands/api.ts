import type { Translate } from './strings'

export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; message: string; fields: string[] }

type ErrorBody = {
  errors?: { message?: string; data?: { code?: string; errors?: { path?: string; message?: string }[] } }[]
}

/** Refusals the API names by a code, and the words the reader sees for each. */
const byCode: Record<string, string> = {
  'password-too-short': 'account.error.passwordShort',
  'password-too-long': 'account.error.passwordLong',
  'password-common': 'account.error.passwordCommon',
  'password-personal': 'account.error.passwordPersonal',
  'current-password-required': 'account.error.currentPasswordRequired',
  'current-password-wrong': 'account.error.currentPasswordWrong',
}

/** What went wrong, in the reader's language: known cases by status, else a general message. */
const explain = (t: Translate, status: number, body: ErrorBody, retryAfter: string | null) => {
  const message = body.errors?.[0]?.message ?? ''
  const fields = (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map((error) => error.path ?? '')
  const code = body.errors?.[0]?.data?.code
  if (status === 429) return { message: t('account.error.tooMany', { seconds: retryAfter ?? '60' }), fields }
  if (code && byCode[code]) return { message: t(byCode[code]), fields }
  if (status === 401) return { message: t('account.error.credentials'), fields }
  if (fields.includes('email')) return { message: t('account.error.emailTaken'), fields }
  if (/token/i.test(message)) return { message: t('account.error.resetExpired'), fields }
  if (status === 400) return { message: t('account.error.invalid'), fields }
  return { message: t('account.error.generic'), fields }
}

/** Calls the CMS API on this origin with the session cookie; never throws. */
export const callApi = async <T>(
  t: Translate,
  path: string,
  { method = 'GET', body }: { method?: string; body?: unknown } = {},
): Promise<ApiResult<T>> => {
  try {
    const response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await response.json().catch(() => ({}))) as T & ErrorBody
    if (response.ok) return { ok: true, status: response.status, data }
    return {
      ok: false,
      status: response.status,
      ...explain(t, response.status, data, response.headers.get('retry-after')),
    }
  } catch {
    return { ok: false, status: 0, message: t('account.error.network'), fields: [] }
  }
}
