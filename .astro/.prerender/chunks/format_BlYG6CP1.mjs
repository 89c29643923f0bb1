// site/lib/format.ts
/** Dates and numbers in the reader's conventions (Arabic digits as the locale prefers, CJK date order…). */
var formatDate = (iso, lang, timeZone = "UTC") => new Intl.DateTimeFormat(lang, {
	dateStyle: "long",
	timeZone
}).format(new Date(iso));
var formatDateTime = (iso, lang, timeZone) => new Intl.DateTimeFormat(lang, {
	dateStyle: "full",
	timeStyle: "short",
	timeZone,
	timeZoneName: "short"
}).format(new Date(iso));
var formatBytes = (bytes, lang) => new Intl.NumberFormat(lang, {
	style: "unit",
	unit: bytes < 1048576 ? "kilobyte" : "megabyte",
	maximumFractionDigits: 1
}).format(bytes < 1048576 ? bytes / 1024 : bytes / 1048576);
var languageName = (code, lang) => new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
export { languageName as i, formatDate as n, formatDateTime as r, formatBytes as t };
