import { readFileSync } from 'node:fs'
import path from 'node:path'

let known: string | undefined

/** The platform's version, from package.json (read once; the server runs from the project folder). */
export const platformVersion = (): string => {
  known ??= (JSON.parse(readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string })
    .version
  return known
}
