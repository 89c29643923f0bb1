/** Offset in ms between a time zone's wall clock and UTC at a given instant. */
const zoneOffset = (instant: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return asUtc - instant
}

/**
 * The UTC instant of a wall-clock time in a time zone, e.g. 14:00 in Africa/Nairobi `days` from
 * `from` (the seed keeps demo events relative to the day it runs).
 */
export const zonedDateTime = ({
  days,
  time,
  timeZone,
  from = new Date(),
}: {
  days: number
  time: string
  timeZone: string
  from?: Date
}): Date => {
  const [hours, minutes] = time.split(':').map(Number)
  const wall = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days, hours, minutes)
  const firstGuess = wall - zoneOffset(wall, timeZone)
  return new Date(wall - zoneOffset(firstGuess, timeZone))
}
