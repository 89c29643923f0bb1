import path from 'node:path'

/** Where the public snapshot is written and where the portal build reads it. */
export const snapshotDir = () => path.resolve(process.env.SNAPSHOT_DIR ?? '.cache/snapshot')
