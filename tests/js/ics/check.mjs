// Parses an iCalendar file written by `goals export ics` with ical.js, an
// independent RFC 5545 parser, and checks what a calendar app relies on.
// Prints one line per event; exits 1 when something is wrong, 2 on misuse.
//
//   node tests/js/ics/check.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check.mjs FILE.ics");
  process.exit(2);
}

const problems = [];
let text;
try {
  text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(e.code === "ENOENT" ? 2 : 1);
}

let calendar;
try {
  calendar = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  console.error(`${file}: ical.js cannot parse it: ${e.message}`);
  process.exit(1);
}

if (calendar.name !== "vcalendar") problems.push(`top component is ${calendar.name}, not vcalendar`);
if (calendar.getFirstPropertyValue("version") !== "2.0") problems.push("VERSION is not 2.0");
if (!calendar.getFirstPropertyValue("prodid")) problems.push("no PRODID");
if (calendar.getFirstPropertyValue("calscale") !== "GREGORIAN") problems.push("CALSCALE is not GREGORIAN");

const events = calendar.getAllSubcomponents("vevent");
const uids = new Set();
for (const [i, ev] of events.entries()) {
  const where = `event ${i + 1}`;
  for (const name of ["uid", "dtstamp", "dtstart", "summary"]) {
    if (!ev.hasProperty(name)) problems.push(`${where}: no ${name.toUpperCase()}`);
  }
  const uid = ev.getFirstPropertyValue("uid");
  if (uid && uids.has(uid)) problems.push(`${where}: UID ${uid} is not unique`);
  uids.add(uid);
  const stamp = ev.getFirstPropertyValue("dtstamp");
  if (stamp && (stamp.isDate || stamp.zone !== ICAL.Timezone.utcTimezone)) {
    problems.push(`${where}: DTSTAMP ${stamp} is not a UTC date-time`);
  }
  const start = ev.getFirstPropertyValue("dtstart");
  const end = ev.getFirstPropertyValue("dtend");
  if (start && !start.isDate) problems.push(`${where}: DTSTART ${start} is not an all-day DATE`);
  if (start && end) {
    const next = start.clone();
    next.adjust(1, 0, 0, 0);
    if (!end.isDate || end.compare(next) !== 0) {
      problems.push(`${where}: DTEND ${end} is not the day after DTSTART ${start}`);
    }
  }
  const summary = ev.getFirstPropertyValue("summary");
  console.log(`${start ?? "?"}  ${summary ?? "?"}  [${uid ?? "?"}]`);
}
console.log(`${events.length} events in ${calendar.getFirstPropertyValue("x-wr-calname") ?? file}`);

for (const p of problems) console.error(`${file}: ${p}`);
process.exit(problems.length ? 1 : 0);
