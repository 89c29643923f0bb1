/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded, never splitting a UTF-8 character. */
const fold = (line: string) => {
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current)
      current = char
    } else current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

export type CalendarEvent = {
  uid: string
  title: string
  description: string
  url: string
  startsAt: string
  endsAt: string
  updatedAt: string
  location?: string
}

/** An iCalendar file with one VEVENT per event; times in UTC so every calendar converts them. */
export const icalendar = (events: CalendarEvent[], name: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Connect & Learn//Events//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utc(event.updatedAt)}`,
      `DTSTART:${utc(event.startsAt)}`,
      `DTEND:${utc(event.endsAt)}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
    .map(fold)
    .join('\r\n') + '\r\n'
