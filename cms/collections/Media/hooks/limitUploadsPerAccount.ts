import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../../../access/userRoles'
import { settings } from '../../../config/settings'

const megabyte = 1024 * 1024

/** What one member may share in all, across communities (UPLOAD_QUOTA_MB; editors and admins have no quota). */
export const uploadQuotaBytes = () => settings().UPLOAD_QUOTA_MB * megabyte

const inMegabytes = (bytes: number) => (bytes / megabyte).toFixed(1)

/**
 * A member's shared files count against a quota, so that one account cannot fill the server's disk
 * twenty megabytes at a time. The file being uploaded is refused (403) when it would pass the quota.
 */
export const limitUploadsPerAccount: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || isStaffUser(req.user)) return data
  const theirs = await req.payload.find({
    collection: 'media',
    where: { uploadedBy: { equals: req.user.id } },
    select: { filesize: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const used = theirs.docs.reduce((sum, doc) => sum + (doc.filesize ?? 0), 0)
  const quota = uploadQuotaBytes()
  if (used + Number(data.filesize ?? 0) > quota) {
    throw new APIError(
      `This file would take your shared files past ${inMegabytes(quota)} MB (${inMegabytes(used)} MB used).`,
      403,
      { usedBytes: used, quotaBytes: quota },
      true,
    )
  }
  return data
}
