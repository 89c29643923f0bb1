import { spawn } from 'node:child_process'

import { childEnv } from '../../config/runtimeEnv'

/**
 * The address without its password, which goes to the program through its environment
 * (PGPASSWORD), so that it never shows in the process list.
 */
const connection = (url: string) => {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  const env: Record<string, string> = password ? { PGPASSWORD: password } : {}
  return { dbname: `--dbname=${parsed.toString()}`, env }
}

/**
 * Runs one of PostgreSQL's client programs (pg_dump, pg_restore, psql), which come with every
 * PostgreSQL installation and the `postgresql-client` package, against the database at `url`.
 * Their error output is kept for the error message.
 */
export const runPostgresTool = (program: string, url: string, args: string[]) =>
  new Promise<string>((resolve, reject) => {
    const { dbname, env } = connection(url)
    const child = spawn(program, [dbname, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv(env),
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${program} is not installed: install PostgreSQL's client programs (Debian: postgresql-client).`)
          : error,
      ),
    )
    child.once('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${program} failed (exit ${code}): ${stderr.trim().slice(-2000)}`)),
    )
  })

/**
 * A dump of the whole database in pg_dump's custom format: one consistent snapshot (a single
 * repeatable-read transaction), taken while the server keeps writing; compressed.
 */
export const dumpPostgres = (url: string, destination: string) =>
  runPostgresTool('pg_dump', url, ['--format=custom', `--file=${destination}`])

/** Loads a dump into an empty database, stopping at the first error. */
export const restorePostgres = (url: string, dump: string) =>
  runPostgresTool('pg_restore', url, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', dump])

const psql = (url: string, sql: string) => runPostgresTool('psql', url, ['-v', 'ON_ERROR_STOP=1', '-tAc', sql])

/** True when the database holds no table, view or sequence of its own. */
export const postgresIsEmpty = async (url: string) => {
  const count = await psql(
    url,
    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')",
  )
  return Number(count.trim()) === 0
}

/** Empties the database's public schema (restore with replacing allowed). */
export const emptyPostgres = (url: string) => psql(url, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
