import { readdirSync, readFileSync } from 'node:fs'

/** Linux reports CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`) on every platform it runs on here. */
const ticksPerSecond = 100

type Stat = { pid: number; parent: number; ticks: number }

/** A process's parent and its CPU time (user + system, with its ended children's), from /proc/<pid>/stat. */
const statOf = (pid: string): Stat | null => {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch (error) {
    // The process ended between listing /proc and reading it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH')
      return null
    throw error
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after it start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((index) => Number(fields[index]))
  return { pid: Number(pid), parent: Number(fields[1]), ticks: utime! + stime! + cutime! + cstime! }
}

/**
 * CPU seconds used so far by a process and every process below it (the server that `tsx` starts
 * as a child, and whatever it spawns), read from /proc. Compare two readings to get the CPU a
 * stretch of work cost the server.
 */
export const processTreeCpuSeconds = (root: number) => {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(statOf)
    .filter((stat): stat is Stat => stat !== null)
  const children = new Map<number, Stat[]>()
  for (const stat of stats) children.set(stat.parent, [...(children.get(stat.parent) ?? []), stat])
  let ticks = 0
  const pending = stats.filter((stat) => stat.pid === root)
  while (pending.length > 0) {
    const stat = pending.pop()!
    ticks += stat.ticks
    pending.push(...(children.get(stat.pid) ?? []))
  }
  return ticks / ticksPerSecond
}

/** CPU seconds the whole machine has been busy (every core; idle and I/O wait left out), from /proc/stat. */
export const machineBusySeconds = () => {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  return (user! + nice! + system! + irq! + softirq! + steal!) / ticksPerSecond
}
