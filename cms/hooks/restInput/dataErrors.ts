import type { Field } from 'payload'

/** Keys Payload itself accepts on every document, beside the configured fields. */
const builtInKeys = new Set(['id', 'createdAt', 'updatedAt', '_status', 'email', 'password', 'confirm-password'])

const namedFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if ('name' in field && field.name) return [field]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : namedFields(tab.fields),
      )
    if ('fields' in field) return namedFields(field.fields)
    return []
  })

const isBlank = (value: unknown) => value === null || value === undefined || value === ''

/** Scalar values of the wrong kind, which Payload would otherwise coerce or drop quietly. */
const wrongKind = (field: Field, value: unknown): string | null => {
  if (isBlank(value)) return null
  switch (field.type) {
    case 'number':
      if ('hasMany' in field && field.hasMany) return null
      return typeof value === 'number' ||
        (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        ? null
        : 'must be a number'
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? null : 'must be true or false'
    case 'text':
    case 'textarea':
    case 'email':
      if ('hasMany' in field && field.hasMany) return null
      return typeof value === 'string' ? null : 'must be text'
    case 'date':
      return (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value as string).getTime())
        ? null
        : 'must be a date'
    default:
      return null
  }
}

/**
 * What is wrong with submitted data, as `path: problem` lines: keys that match no field
 * (`cohorts.0.colour: unknown field`) and scalars of the wrong kind (`durationHours: must be a number`).
 */
export const dataErrors = (data: unknown, fields: Field[], prefix = '', extra = builtInKeys): string[] => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return []
  const byName = new Map(namedFields(fields).map((field) => [(field as { name: string }).name, field]))
  return Object.entries(data).flatMap(([key, value]) => {
    const field = byName.get(key)
    const path = `${prefix}${key}`
    if (!field) return extra.has(key) ? [] : [`Unknown field: ${path}.`]
    if (field.type === 'group' && 'fields' in field) return dataErrors(value, field.fields, `${path}.`, new Set())
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) => dataErrors(row, field.fields, `${path}.${index}.`, new Set(['id'])))
    }
    const problem = wrongKind(field, value)
    return problem ? [`${path} ${problem}.`] : []
  })
}
