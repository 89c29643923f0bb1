import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../access/userRoles'
import { clientAddressOf } from './clientAddress'
import { spendOrRefuse } from './spendOrRefuse'

/** Forum posting, per client address (the per-account side counts in limitPostingPerAccount). */
export const throttlePostingPerAddress =
  <Slug extends 'threads' | 'posts'>(): CollectionBeforeOperationHook<Slug> =>
  async ({ operation, req }): Promise<void> => {
    if (operation !== 'create' || req.payloadAPI !== 'REST' || hasRole(req.user, 'admin')) return
    await spendOrRefuse(req, 'postingPerAddress', clientAddressOf(req))
  }
