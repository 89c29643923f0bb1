import type { Endpoint } from 'payload'

import { myLearning as myCourses } from '../../../learning/myLearning'
import { respond } from '../../../learning/outcome'

/** GET /api/enrolments/mine?locale=fr — "My learning": each of my courses with my progress and where to resume. */
export const myLearning: Endpoint = {
  path: '/mine',
  method: 'get',
  handler: async (req) => respond(await myCourses(req)),
}
