import { loadContent } from '../cms/seed/load-content'

/** Validates content/ against the seed schema and prints what it holds. */
const content = await loadContent()
const lessons = content.courses.reduce((sum, c) => sum + c.modules.reduce((n, m) => n + m.lessons.length, 0), 0)
const fullyTranslated = content.courses.filter((course) =>
  course.modules.every((m) => m.lessons.every((l) => Object.keys(l.body).length === 6)),
)
console.log(
  Object.entries(content)
    .map(([kind, items]) => `${kind}: ${items.length}`)
    .join(', '),
)
console.log(
  `lessons: ${lessons}; courses with every lesson in all six languages: ${fullyTranslated.map((c) => c.slug).join(', ') || 'none'}`,
)
