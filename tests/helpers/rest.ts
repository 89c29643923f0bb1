import { handleEndpoints } from 'payload'

import config from '../../cms/payload.config'

/** The REST API exactly as the server answers it, without a network socket. */
export const rest = async ({
  method = 'GET',
  path,
  body,
  token,
  headers: extra = {},
}: {
  method?: string
  path: string
  body?: unknown
  token?: string
  headers?: Record<string, string>
}) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(`http://localhost:3000/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text)
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json, headers: response.headers }
}

/** Logs in through the REST API and returns the session token. */
export const logIn = async (email: string, password: string, headers: Record<string, string> = {}) => {
  const { status, json } = await rest({ method: 'POST', path: '/users/login', body: { email, password }, headers })
  if (status !== 200) throw new Error(`login failed (${status}): ${JSON.stringify(json)}`)
  return json.token as string
}

/** The human-readable messages of an error response. */
export const messagesOf = (json: Record<string, unknown>) =>
  ((json.errors ?? []) as { message: string; data?: { errors?: { message: string; path?: string }[] } }[])
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((detail) => `${detail.path}: ${detail.message}`)])
    .join(' | ')
