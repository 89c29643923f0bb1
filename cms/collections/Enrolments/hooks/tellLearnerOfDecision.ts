import { tellOfDecision } from '../../../email/tellOfDecision'

/** When an instructor accepts or declines a request for a place, the learner hears of it, in her language. */
export const tellLearnerOfDecision = tellOfDecision({
  acceptedStatus: 'active',
  emails: 'enrolment',
  about: { field: 'course', collection: 'courses', nameField: 'title' },
})
