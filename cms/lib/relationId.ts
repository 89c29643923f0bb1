/** The id a relationship field holds, whether Payload sent the id or (populated) the whole document. */
export const relationId = (value: unknown): number | string =>
  typeof value === 'object' && value !== null ? (value as { id: number | string }).id : (value as number | string)

/** The same id as a string, for comparing ids that may come as numbers or strings. */
export const relationKey = (value: unknown) => String(relationId(value))
