import type { FieldAccess } from 'payload'

/**
 * For a field whose access is declared operation by operation: this operation is governed by the
 * document's own access rules (whoever may write the record may write this field).
 */
export const asDocument: FieldAccess = () => true

/** Written by the server only (hooks and endpoints, which pass overrideAccess); no client sets it. */
export const serverOnlyField: FieldAccess = () => false
