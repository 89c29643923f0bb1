import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Next.js app serves only the admin (/admin) and the API (/api); the portal is static. */
const nextConfig = {
  poweredByHeader: false,
  // Type checking runs once, for the whole repository, in `npm run typecheck`.
  typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
  outputFileTracingRoot: root,
  turbopack: { root },
}

export const config = withPayload(nextConfig, { devBundleServerPackages: false })
export default config
