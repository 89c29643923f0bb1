/** How a database spells document ids: integers on the SQL adapters, ObjectIds on MongoDB. */
export type IdType = 'number' | 'objectId' | 'text'

// PostgreSQL's `serial` ids are 32-bit; a larger number is no document's id anywhere.
const maxSqlId = 2 ** 31 - 1

/** Whether `value` can be an id of this type at all (whether such a document exists is another matter). */
export const isPossibleId = (value: unknown, idType: IdType): boolean => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string') return false
  switch (idType) {
    case 'number':
      return /^\d{1,10}$/.test(text) && Number(text) <= maxSqlId
    case 'objectId':
      return /^[0-9a-f]{24}$/i.test(text)
    case 'text':
      return text.length > 0 && text.length <= 500
  }
}

/** The words a client is told when an id is not of the right type. */
export const idTypeHint = (idType: IdType) =>
  idType === 'number'
    ? 'ids here are whole numbers'
    : idType === 'objectId'
      ? 'ids here are 24 hexadecimal digits'
      : 'ids here are text'
