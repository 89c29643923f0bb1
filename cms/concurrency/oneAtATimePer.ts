const queues = new Map<string, Promise<unknown>>()

/**
 * Runs the work on one thing (an event's places, a preview) one after another, so
 * the places counted are the places taken: fifty requests racing for the last one cannot all see
 * it free. (Per server process; run one CMS instance for these writes, or add a database lock,
 * when scaling out.)
 */
export const oneAtATimePer = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.then(work, work)
  const settled = next.catch(() => undefined)
  queues.set(key, settled)
  void settled.then(() => queues.get(key) === settled && queues.delete(key))
  return next
}
