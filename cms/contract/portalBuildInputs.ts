import path from 'node:path'

import { z } from 'zod'

/**
 * What the publisher hands the static build, as the environment of `astro build`: where the public
 * snapshot is, where the pages go, which items to render (an incremental build or a preview), and
 * the public address of the site. Read once here by the portal's build; written by the publisher.
 */
export const portalBuildInputsSchema = z.object({
  SNAPSHOT_DIR: z
    .string()
    .min(1)
    .default('.cache/snapshot')
    .transform((value) => path.resolve(value)),
  PORTAL_OUT_DIR: z.string().min(1).default('./dist'),
  PORTAL_PARTIAL_FILE: z.string().min(1).optional(),
  SITE_URL: z.url({ error: 'must be an absolute http(s) address' }).optional(),
  SERVER_URL: z.url({ error: 'must be an absolute http(s) address' }).optional(),
})

export type PortalBuildInputs = z.output<typeof portalBuildInputsSchema>

/** The build's inputs from the environment, validated (an invalid one names the variable). */
export const portalBuildInputs = (): PortalBuildInputs => {
  const set = Object.fromEntries(
    Object.keys(portalBuildInputsSchema.shape).flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
  )
  const result = portalBuildInputsSchema.safeParse(set)
  if (!result.success) throw new Error(`Invalid portal build input: ${z.prettifyError(result.error)}`)
  return result.data
}

/** The public address of the portal, for canonical links, the sitemap and feeds. */
export const portalSiteUrl = (inputs: PortalBuildInputs) =>
  inputs.SITE_URL ?? inputs.SERVER_URL ?? 'http://localhost:3000'
