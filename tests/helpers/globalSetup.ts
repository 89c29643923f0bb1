import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startMailCapture } from '../../cms/email/mailCapture'

/**
 * Each run gets a database of its own: a fresh SQLite file by default, or the database named by
 * TEST_DATABASE_URL (a throw-away PostgreSQL or MongoDB database created by the caller), and an
 * SMTP capture for the e-mail the platform sends.
 */
export const setup = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'connect-learn-test-'))
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  // E-mail goes to a local SMTP capture; tests read the messages from MAIL_CAPTURE_DIR.
  const mail = await startMailCapture({ dir: path.join(dir, 'mail') })
  process.env.SMTP_URL = mail.url
  process.env.MAIL_CAPTURE_DIR = mail.dir
  return async () => {
    await mail.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export default setup
