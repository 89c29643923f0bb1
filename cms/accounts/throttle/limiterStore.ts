import type { Payload } from 'payload'
import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterPostgres,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { limits, type LimitName } from '../limits'

/** Where PostgreSQL keeps the counters: a schema of their own, apart from the tables Payload manages. */
const postgresSchema = 'rate_limits'

type Store = { limiter: (name: LimitName) => RateLimiterAbstract }

const options = (name: LimitName) => {
  const limit = limits()[name]
  return { keyPrefix: name, points: limit.points, duration: limit.windowSeconds, blockDuration: limit.blockSeconds }
}

const memoryStore = (): Store => {
  const made = new Map<LimitName, RateLimiterAbstract>()
  return { limiter: (name) => made.get(name) ?? made.set(name, new RateLimiterMemory(options(name))).get(name)! }
}

/** How many connections the counters may hold: a count is one short statement. */
const counterConnections = 3

type PgPool = {
  options: object
  query: (sql: string) => Promise<unknown>
  on: (event: 'error', listener: (error: Error) => void) => unknown
}

/**
 * The counters' own connections, beside the adapter's pool: limits are counted inside Payload's
 * operations, whose transactions each hold one of the adapter's connections, so counting on that pool
 * deadlocks as soon as concurrent writes outnumber it. Made with the adapter's own node-postgres
 * (its pool's constructor) and connection settings.
 */
const countersPool = (adapterPool: PgPool): PgPool => {
  const Pool = adapterPool.constructor as new (options: object) => PgPool
  const pool = new Pool({ ...adapterPool.options, max: counterConnections })
  pool.on('error', () => undefined) // a broken idle connection is dropped; the next count opens another
  return pool
}

/** Counters in the database itself, so that every server instance sees the same counts. */
const postgresStore = async (adapterPool: unknown): Promise<Store> => {
  const pool = countersPool(adapterPool as PgPool)
  await pool.query(`CREATE SCHEMA IF NOT EXISTS "${postgresSchema}"`)
  const shared = { storeClient: pool, schemaName: postgresSchema, tableName: 'counters' }
  // One limiter creates the table; the others reuse it (creating it concurrently races in PostgreSQL).
  await new Promise<void>((resolve, reject) => {
    new RateLimiterPostgres({ ...shared, ...options('signInPerAddress') }, (error?: Error) =>
      error ? reject(error) : resolve(),
    )
  })
  const made = new Map<LimitName, RateLimiterAbstract>()
  return {
    limiter: (name) =>
      made.get(name) ??
      made.set(name, new RateLimiterPostgres({ ...shared, tableCreated: true, ...options(name) })).get(name)!,
  }
}

const mongoStore = (connection: unknown): Store => {
  const made = new Map<LimitName, RateLimiterAbstract>()
  const shared = { storeClient: connection, tableName: 'rate-limits' }
  return {
    limiter: (name) =>
      made.get(name) ?? made.set(name, new RateLimiterMongo({ ...shared, ...options(name) })).get(name)!,
  }
}

const stores = new WeakMap<Payload, Promise<Store>>()

/**
 * The counters behind every limit: in PostgreSQL or MongoDB when the platform runs on them (shared
 * by all instances), in memory on SQLite (one instance).
 */
export const limiterStore = (payload: Payload): Promise<Store> => {
  const existing = stores.get(payload)
  if (existing) return existing
  const { db } = payload
  const store =
    'pool' in db && db.name === 'postgres'
      ? postgresStore(db.pool)
      : 'connection' in db && db.name === 'mongoose'
        ? Promise.resolve(mongoStore(db.connection))
        : Promise.resolve(memoryStore())
  stores.set(payload, store)
  return store
}
