/**
 * Images, PDF and office documents. No SVG or HTML: both can carry script.
 */
export const allowedUploadTypes = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
]

/** Largest accepted upload, in bytes. */
export const maxUploadBytes = 20 * 1024 * 1024
