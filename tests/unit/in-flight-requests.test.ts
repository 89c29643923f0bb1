import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from 'vitest'

import { trackInFlight } from '../../cms/operations/shutdown/inFlightRequests'

/** A GET answered with its status code, or with the error that ended it. */
const get = (url: string) =>
  new Promise<number | string>((resolve) => {
    httpRequest(url, { agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      .end()
  })

test('closing waits for the request in flight, answers it, and takes no new connection meanwhile', async () => {
  let answerSlow = () => undefined as void
  const server = createServer((request, response) => {
    if (request.url === '/slow') answerSlow = () => void response.end('done')
    else response.end('quick')
  })
  const requests = trackInFlight(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const slow = get(`${base}/slow`)
  for (let waited = 0; requests.count() === 0 && waited < 100; waited++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  expect(requests.count()).toBe(1)

  let closed = false
  const closing = requests.close().then(() => (closed = true))
  expect(await get(`${base}/quick`)).toBe('ECONNREFUSED')
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(closed).toBe(false)

  answerSlow()
  expect(await slow).toBe(200)
  await closing
  expect(requests.count()).toBe(0)
})
