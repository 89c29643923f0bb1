import type { Access } from 'payload'

/** For operations that only the server itself performs (Local API with overrideAccess). */
export const nobody: Access = () => false
