import { readFileSync } from 'node:fs'

import { portalBuildInputs } from '@contract/portalBuildInputs'
import type { ItemCollection, PartialBuildSpec } from '@contract/reusablePages'

/** Set by the build script for an incremental build or a draft preview; absent for a full build. */
const specFile = portalBuildInputs().PORTAL_PARTIAL_FILE
const spec = specFile ? (JSON.parse(readFileSync(specFile, 'utf8')) as PartialBuildSpec) : null
const rendered = new Map(Object.entries(spec?.render ?? {}).map(([collection, ids]) => [collection, new Set(ids)]))

/** A preview renders one draft item's pages and nothing else; its pages say they are a preview. */
export const isPreview = spec?.preview === true

/** Whether this build renders the item's pages. */
export const rendersItem = (collection: ItemCollection, id: string) => rendered.get(collection)?.has(id) ?? !isPreview

/** Whether this build renders the pages that are not about one item (home, listings, feeds…). */
export const rendersListings = !isPreview
