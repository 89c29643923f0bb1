import { settings } from '../config/settings'

/** Where the public snapshot is written and where the portal build reads it. */
export const snapshotDir = () => settings().SNAPSHOT_DIR
