import { migrations as postgres } from './postgres'
import { migrations as sqlite } from './sqlite'

export const sqliteMigrations = sqlite
export const postgresMigrations = postgres
