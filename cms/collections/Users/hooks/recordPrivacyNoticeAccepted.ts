import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A person who registers has been shown the privacy notice by the form she registers with, so the
 * server records when (a client cannot say when she accepted it). Accounts made by an admin or the
 * seed keep what they were given.
 */
export const recordPrivacyNoticeAccepted: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI !== 'REST') return data
  return {
    ...data,
    consent: {
      ...data.consent,
      privacyNoticeAcceptedAt: data.consent?.privacyNoticeAcceptedAt ?? new Date().toISOString(),
    },
  }
}
