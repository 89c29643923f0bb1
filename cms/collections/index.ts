import { Communities } from './Communities'
import { Courses } from './Courses'
import { Enrolments } from './Enrolments'
import { EventRegistrations } from './EventRegistrations'
import { Events } from './Events'
import { Experts } from './Experts'
import { LessonProgress } from './LessonProgress'
import { Lessons } from './Lessons'
import { Media } from './Media'
import { Memberships } from './Memberships'
import { Posts } from './Posts'
import { Resources } from './Resources'
import { Themes } from './Themes'
import { Threads } from './Threads'
import { Users } from './Users'

/** Every collection, in the order the admin lists them. */
export const collections = [
  Courses,
  Lessons,
  Enrolments,
  LessonProgress,
  Resources,
  Media,
  Events,
  EventRegistrations,
  Experts,
  Communities,
  Memberships,
  Threads,
  Posts,
  Themes,
  Users,
]
