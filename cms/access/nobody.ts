/**
 * For operations that only the server itself performs (Local API with overrideAccess). Typed to fit
 * every access slot, including the admin-panel one, which takes only a yes or no.
 */
export const nobody = (): false => false
