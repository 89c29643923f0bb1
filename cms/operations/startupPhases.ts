/**
 * Times the phases of the server's start, for the line it prints when ready: where a slow start
 * spends its time is the first thing to know about it.
 */
export const startupPhases = () => {
  const started = performance.now()
  const phases: string[] = []
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const begun = performance.now()
    const result = await work()
    phases.push(`${name} ${seconds(performance.now() - begun)}`)
    return result
  }
  return { phase, summary: () => `${seconds(performance.now() - started)} (${phases.join(', ')})` }
}
