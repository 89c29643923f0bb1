import { reusableCollections, type ReusableCollection } from '../../contract/reusablePages'
import { snapshotFiles, type SnapshotName } from '../../contract/snapshotSchema'

/** What one build was made from: the snapshot files as written, the site's source hash and when. */
export type BuildInputs = { snapshot: Record<SnapshotName, string>; sourceHash: string; builtAt: Date }

export type BuildPlan =
  | { mode: 'full'; reason: string }
  | { mode: 'partial'; render: Record<ReusableCollection, string[]>; reuse: Record<ReusableCollection, string[]> }

type Entry = { id: string; endsAt?: string }

const isReusable = (name: SnapshotName): name is ReusableCollection =>
  (reusableCollections as readonly string[]).includes(name)

/** An event page says whether the event is over; it is stale once the event ended between the builds. */
const endedBetween = (entry: Entry, previous: Date, now: Date) =>
  entry.endsAt !== undefined && previous <= new Date(entry.endsAt) && new Date(entry.endsAt) < now

/**
 * Decides whether the next build can carry item pages over from the previous one. It can when the
 * site's code is the same and only library resources or events changed: every other page reads
 * across collections and is always rendered (they are few); the pages of unchanged resources and
 * events are reused. Anything else — new code, a theme, a course, site settings — builds in full.
 */
export const planBuild = ({ previous, next }: { previous: BuildInputs | null; next: BuildInputs }): BuildPlan => {
  if (!previous) return { mode: 'full', reason: 'no earlier build to start from' }
  if (previous.sourceHash !== next.sourceHash) return { mode: 'full', reason: 'the site code changed' }
  const names = Object.keys(snapshotFiles) as SnapshotName[]
  const changedShared = names.filter((name) => !isReusable(name) && previous.snapshot[name] !== next.snapshot[name])
  if (changedShared.length > 0) return { mode: 'full', reason: `${changedShared.join(', ')} changed` }

  const render = {} as Record<ReusableCollection, string[]>
  const reuse = {} as Record<ReusableCollection, string[]>
  for (const name of reusableCollections) {
    const before = new Map(
      (JSON.parse(previous.snapshot[name]) as Entry[]).map((entry) => [entry.id, JSON.stringify(entry)]),
    )
    render[name] = []
    reuse[name] = []
    for (const entry of JSON.parse(next.snapshot[name]) as Entry[]) {
      const unchanged =
        before.get(entry.id) === JSON.stringify(entry) && !endedBetween(entry, previous.builtAt, next.builtAt)
      ;(unchanged ? reuse : render)[name].push(entry.id)
    }
  }
  return { mode: 'partial', render, reuse }
}
