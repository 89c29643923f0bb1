type CalendarEvent = { id: number; slug: string; title: string; startsAt: string; endsAt: string; summary?: string | null; joinUrl?: string | null }

/** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** Lines longer than 75 octets are folded, as the format requires. */
const fold = (line: string) => {
  const parts: string[] = []
  let rest = line
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--
    parts.push(rest.slice(0, cut))
    rest = ` ${rest.slice(cut)}`
  }
  return [...parts, rest].join('\r\n')
}

/** A personal calendar: one VEVENT per registered event, with the join link in the location and description. */
export const eventsCalendar = (events: CalendarEvent[], serverUrl: string) => {
  const host = new URL(serverUrl || 'http://localhost').hostname
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Connect & Learn//My events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:registration-${event.id}@${host}`,
      `DTSTAMP:${stamp(new Date().toISOString())}`,
      `DTSTART:${stamp(event.startsAt)}`,
      `DTEND:${stamp(event.endsAt)}`,
      `SUMMARY:${text(event.title)}`,
      `URL:${serverUrl.replace(/\/$/, '')}/en/events/${event.slug}/`,
      ...(event.joinUrl ? [`LOCATION:${text(event.joinUrl)}`] : []),
      `DESCRIPTION:${text([event.summary ?? '', event.joinUrl ?? ''].filter(Boolean).join('\n'))}`,
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(fold).join('\r\n')}\r\n`
}
