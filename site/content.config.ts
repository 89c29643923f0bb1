import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { defineCollection } from 'astro:content'

import { portalBuildInputs } from '@contract/portalBuildInputs'
import { snapshotFiles, type SnapshotName } from '@contract/snapshotSchema'

const snapshotDir = portalBuildInputs().SNAPSHOT_DIR

/** Each collection reads one file of the public snapshot; its schema rejects anything unexpected. */
const fromSnapshot = (name: SnapshotName) =>
  defineCollection({
    loader: async () => JSON.parse(await readFile(path.join(snapshotDir, `${name}.json`), 'utf8')),
    schema: snapshotFiles[name],
  })

export const collections = Object.fromEntries(
  (Object.keys(snapshotFiles) as SnapshotName[]).map((name) => [name, fromSnapshot(name)]),
) as { [K in SnapshotName]: ReturnType<typeof fromSnapshot> }
