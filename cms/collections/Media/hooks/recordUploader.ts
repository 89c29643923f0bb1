import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded a file: the signed-in account, set by the server on upload and never changed after. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) =>
  operation === 'create'
    ? { ...data, uploadedBy: req.user?.id ?? null }
    : { ...data, uploadedBy: originalDoc?.uploadedBy ?? null }
