import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

/**
 * Creates uniquely named PostgreSQL databases on the server behind `adminUrl` (a role with
 * CREATEDB) and drops them again, so every test pass starts from nothing.
 */
export const throwawayPostgres = (adminUrl: string) => {
  const created: string[] = []
  // psql ships with every PostgreSQL installation, so the test runner needs no client library.
  const run = async (sql: string) => {
    const result = spawnSync('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`psql failed: ${result.stderr || result.error?.message}`)
  }
  return {
    create: async (label: string) => {
      const name = `cl_${label}_${randomBytes(4).toString('hex')}`
      await run(`CREATE DATABASE ${name}`)
      created.push(name)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
    dropAll: async () => {
      for (const name of created.splice(0)) await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** A MongoDB database name of its own on the server behind `url`. */
export const throwawayMongo = (url: string, label: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/cl_${label}_${randomBytes(4).toString('hex')}`
  return parsed.toString()
}
