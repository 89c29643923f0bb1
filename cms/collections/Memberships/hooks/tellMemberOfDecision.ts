import { tellOfDecision } from '../../../email/tellOfDecision'

/** When a moderator accepts or declines a request to join, the person hears of it, in her language. */
export const tellMemberOfDecision = tellOfDecision({
  acceptedStatus: 'approved',
  emails: 'membership',
  about: { field: 'community', collection: 'communities', nameField: 'name' },
})
