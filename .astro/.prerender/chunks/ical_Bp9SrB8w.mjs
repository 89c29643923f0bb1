import { t } from "./i18n_LaS0txss.mjs";
import { i as textIn } from "./content_CKV4cy5-.mjs";
import { t as href } from "./paths_BBCiLXEe.mjs";
// site/lib/eventCalendar.ts
/** An event as a calendar entry in one language, linking back to its page. */
var calendarEvent = (event, lang, site) => ({
	uid: `${event.id}@${site.hostname}`,
	title: textIn(event.title, lang),
	description: textIn(event.summary, lang),
	url: new URL(href(lang, "events", event.id), site).href,
	startsAt: event.startsAt,
	endsAt: event.endsAt,
	updatedAt: event.updatedAt,
	location: event.online ? t(lang, "event.online") : textIn(event.location, lang)
});
// site/lib/ical.ts
/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
var escapeText = (text) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
/** Lines longer than 75 octets are folded, never splitting a UTF-8 character. */
var fold = (line) => {
	const parts = [];
	let current = "";
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74;
		if (Buffer.byteLength(current + char) > limit) {
			parts.push(current);
			current = char;
		} else current += char;
	}
	parts.push(current);
	return parts.join("\r\n ");
};
var utc = (iso) => new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
/** An iCalendar file with one VEVENT per event; times in UTC so every calendar converts them. */
var icalendar = (events, name) => [
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Connect & Learn//Events//EN",
	"CALSCALE:GREGORIAN",
	`X-WR-CALNAME:${escapeText(name)}`,
	...events.flatMap((event) => [
		"BEGIN:VEVENT",
		`UID:${event.uid}`,
		`DTSTAMP:${utc(event.updatedAt)}`,
		`DTSTART:${utc(event.startsAt)}`,
		`DTEND:${utc(event.endsAt)}`,
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(event.description)}`,
		`URL:${event.url}`,
		...event.location ? [`LOCATION:${escapeText(event.location)}`] : [],
		"END:VEVENT"
	]),
	"END:VCALENDAR"
].map(fold).join("\r\n") + "\r\n";
export { calendarEvent as n, icalendar as t };
