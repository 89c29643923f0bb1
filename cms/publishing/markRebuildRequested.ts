import type { PayloadRequest } from 'payload'

/** Records that the public site needs rebuilding; the build worker picks it up after a quiet moment. */
export const markRebuildRequested = async (req: PayloadRequest) => {
  await req.payload.updateGlobal({
    slug: 'site-status',
    data: { requestedAt: new Date().toISOString() },
    overrideAccess: true,
    context: { skipRebuild: true },
    req,
  })
}
