const queues = new Map<string, Promise<unknown>>()

/**
 * Runs enrolment decisions for one course one after another, so the seats counted are the seats
 * taken: fifty requests racing for the last place cannot all see it free. (Per server process;
 * run one CMS instance for enrolment writes, or add a database lock, when scaling out.)
 */
export const oneAtATimePerCourse = <T>(course: string, work: () => Promise<T>): Promise<T> => {
  const previous = queues.get(course) ?? Promise.resolve()
  const next = previous.then(work, work)
  const settled = next.catch(() => undefined)
  queues.set(course, settled)
  void settled.then(() => queues.get(course) === settled && queues.delete(course))
  return next
}
