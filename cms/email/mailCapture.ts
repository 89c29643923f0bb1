import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One captured message as stored: who it went to, its subject and bodies. */
export type CapturedMail = { to: string; subject: string; text: string; html: string; receivedAt: string }

/**
 * A local SMTP server that keeps every message as JSON in `dir` instead of delivering it: what
 * development, the demo and the tests send e-mail to. Listens on 127.0.0.1 only.
 */
export const startMailCapture = async ({ dir, port = 0 }: { dir: string; port?: number }) => {
  mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to ?? []]
            .flat()
            .map((address) => address.text)
            .join(', ')
          const stored: CapturedMail = {
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            receivedAt: new Date().toISOString(),
          }
          writeFileSync(path.join(dir, `${Date.now()}-${++count}.json`), JSON.stringify(stored, null, 2))
          done()
        })
        .catch(done)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: listening } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${listening}`,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
