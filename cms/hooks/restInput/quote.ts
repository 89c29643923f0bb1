/**
 * A client's value as it may appear in an error message: cut to `max` characters and
 * JSON-quoted, so a refusal never echoes a megabyte back, nor a line break into the log.
 */
export const quote = (value: unknown, max = 60) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
}
