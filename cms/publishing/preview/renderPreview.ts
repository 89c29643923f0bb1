import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { itemPageFile, type PartialBuildSpec } from '../../contract/reusablePages'
import type { LocaleCode } from '../../contract/locales'
import { exportPublicSnapshot, type DraftForPreview } from '../../snapshot/exportPublicSnapshot'
import { oneAtATimePer } from '../../concurrency/oneAtATimePer'
import { runStaticBuild } from '../staticBuild'

/**
 * Renders a draft's page as the portal will show it: the public snapshot plus the draft, through
 * the real static build told to render that one item (in every language) and nothing else, in a
 * scratch folder that is deleted afterwards. Nothing of it reaches the public build.
 */
export const renderPreview = ({
  payload,
  draft,
  lang,
}: {
  payload: Payload
  draft: DraftForPreview
  lang: LocaleCode
}) =>
  // One preview build at a time: each is a whole static build, and the machine may be small.
  oneAtATimePer('preview', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'connect-learn-preview-'))
    try {
      const snapshotDir = path.join(work, 'snapshot')
      const outDir = path.join(work, 'out')
      const specFile = path.join(work, 'preview.json')
      await exportPublicSnapshot({ payload, outDir: snapshotDir, mediaDir: null, draft })
      const spec: PartialBuildSpec = {
        render: { [draft.collection]: [draft.doc.slug] },
        reusedUrlPaths: [],
        preview: true,
      }
      await writeFile(specFile, JSON.stringify(spec))
      await runStaticBuild({ SNAPSHOT_DIR: snapshotDir, PORTAL_OUT_DIR: outDir, PORTAL_PARTIAL_FILE: specFile })
      return await readFile(path.join(outDir, itemPageFile(draft.collection, lang, draft.doc.slug)), 'utf8')
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
