import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { enforceDeclaredAccess, declaredAccessOf } from './access/enforceDeclaredAccess'
import { isAdmin } from './access/isAdmin'
import { collections } from './collections'
import { maxUploadBytes } from './contract/uploads'
import { selectAdapter } from './db/selectAdapter'
import { smtpEmailAdapter } from './email/smtpEmailAdapter'
import { apiLogger } from './http/apiLogger'
import { keepPublicErrorMessages } from './http/keepPublicErrorMessages'
import { keepServingThroughOutages } from './operations/database/keepServingThroughOutages'
import { healthEndpoint } from './operations/health/reportHealth'
import { withRestInputChecks } from './hooks/restInput/withRestInputChecks'
import { withOwnershipRules } from './ownership/withOwnershipRules'
import { SiteSettings } from './globals/SiteSettings'
import { SiteStatus } from './globals/SiteStatus'
import { withRebuildHooks } from './publishing/withRebuildHooks'
import { defaultLocale, locales } from './contract/locales'
import { trustedOrigins } from './config/origins'
import { settings } from './config/settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = settings().PAYLOAD_SECRET
if (!secret) throw new Error('PAYLOAD_SECRET is not set. `npm start` creates one in .data/; see README.')

const platformCollections = withRebuildHooks(withOwnershipRules(withRestInputChecks(collections)))
const globals = [SiteSettings, SiteStatus]
// Collected before Payload fills in its defaults, so that the check below can tell them apart.
const declaredAccess = declaredAccessOf({ collections: platformCollections, globals })

// Payload needs the config as a default export (the admin app imports it as `@payload-config`).
export default buildConfig({
  secret,
  serverURL: settings().SERVER_URL ?? '',
  admin: {
    user: 'users',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · Connect & Learn admin' },
  },
  collections: platformCollections,
  globals,
  endpoints: [healthEndpoint],
  editor: lexicalEditor(),
  db: await selectAdapter(),
  email: smtpEmailAdapter(),
  localization: {
    locales: locales.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  // Islands and the admin live on the same origin; nothing else may send credentialed requests.
  cors: trustedOrigins(),
  csrf: trustedOrigins(),
  graphQL: { disable: true },
  hooks: { afterError: [keepPublicErrorMessages] },
  onInit: keepServingThroughOutages,
  logger: apiLogger,
  // Scheduled publishing: the instance that builds the portal runs due jobs (see scripts/start.ts).
  jobs: {
    autoRun: [{ cron: '*/15 * * * * *', queue: 'default', limit: 20 }],
    // The server queues and runs jobs itself; through the API only admins may.
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
  },
  // The upload parser (busboy) refuses a file that reaches its limit, so it is given one byte more: 20 MB passes.
  upload: { limits: { fileSize: maxUploadBytes + 1 } },
  defaultDepth: 1,
  maxDepth: 4,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
}).then((config) => enforceDeclaredAccess(config, declaredAccess))
