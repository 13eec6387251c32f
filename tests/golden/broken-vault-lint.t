$ goals --vault tests/fixtures/broken-vault --today 2026-11-22 lint
? 1
--- stdout
Bad yaml.md:4:1: error: front matter is not valid YAML: end of sequence flow not found [invalid-frontmatter]
 4 | ---
   | ^
  help: Check the quotes, colons and indentation here; quote a value that contains `: ` or starts with `[`, `{`, `*`, `&`, `!`, `%`, `@` or a backquote.

Dangling.md: info: symlink to 'Missing target.md' does not resolve (missing target or a symlink loop); not followed [skipped-symlink]
  help: Point the symlink at a file or folder inside the vault, or add it to `ignore` in .goals.yaml.

Deep.md:1:1: error: line is nested 120 quotes and list items deep (limit 100); the note body was not read [note-too-deep]
 1 | > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > >  …
   | ^
  help: Flatten the nesting to at most 100 levels of `>` quotes and list items.

Duplicate keys.md:4:1: error: property `deadline` is set twice (also on line 3), so Obsidian reads none of the note's properties; neither does goals [duplicate-key]
 4 | deadline: 2026-02-01
   | ^
  help: Remove one of the two `deadline:` lines.

Impossible date.md:2:1: info: goal "Impossible date" names no accountability partner: no one will ask how it is going [no-accountability]
 2 | type: goal
   | ^
  help: Tell a mentor, friend or peer about it and name them in `accountability:`, e.g. `accountability: "[[Priya Natarajan]]"`.

Impossible date.md:2:1: warning: goal "Impossible date" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Impossible date.md:2:1: warning: goal "Impossible date" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you toward, e.g. `parent: "[[Move into engineering management]]"`.

Impossible date.md:4:1: warning: goal "Impossible date" has no valid deadline [no-deadline]
 4 | deadline: 2025-02-30
   | ^
  help: Write `deadline` as a calendar date, `YYYY-MM-DD`, e.g. `deadline: 2027-03-31`.

Impossible date.md:4:11: error: `deadline: 2025-02-30` is not a real calendar date [invalid-property]
 4 | deadline: 2025-02-30
   |           ^
  help: Write the date as YYYY-MM-DD, e.g. `deadline: 2025-06-30`.

Latin1 title.md:2:1: warning: goal "Caf�" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.

Latin1 title.md:2:1: warning: goal "Caf�" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Latin1 title.md:2:1: warning: goal "Caf�" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you toward, e.g. `parent: "[[Move into engineering management]]"`.

Latin1 title.md:3:12: error: invalid UTF-8 (byte 0xE9); the note is read as it is [invalid-encoding]
 3 | title: "Caf�"
   |            ^
  help: Re-save the note as UTF-8; the text here was written in another encoding (e.g. Latin-1 or Windows-1252).

Latin1.md:1:4: error: invalid UTF-8 (byte 0xE9); the note is read as it is [invalid-encoding]
 1 | Caf� au lait [[Vision]]
   |    ^
  help: Re-save the note as UTF-8; the text here was written in another encoding (e.g. Latin-1 or Windows-1252).

Links.md:1:5: warning: [[Twin]] matches 2 notes equally: A/Twin.md, B/Twin.md; Obsidian opens whichever it read first from disk, goals uses A/Twin.md (the first by path) [ambiguous-link]
 1 | See [[Twin]] and [[Missing note]].
   |     ^~~~~~~~
  help: Write the folder in the link: [[A/Twin]] or [[B/Twin]].

Links.md:1:18: info: link [[Missing note]] matches no note or file in the vault [unresolved-link]
 1 | See [[Twin]] and [[Missing note]].
   |                  ^~~~~~~~~~~~~~~~
  help: Create the note "Missing note" (clicking the link in Obsidian does) or fix the link's spelling.

Lists where a date belongs.md:2:1: warning: goal "Lists where a date belongs" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Lists where a date belongs.md:2:1: warning: goal "Lists where a date belongs" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you toward, e.g. `parent: "[[Move into engineering management]]"`.

Lists where a date belongs.md:3:1: warning: goal "Lists where a date belongs" has no valid deadline [no-deadline]
 3 | deadline: [2026-01-01, 2026-02-01]
   | ^
  help: Write `deadline` as a calendar date, `YYYY-MM-DD`, e.g. `deadline: 2027-03-31`.

Lists where a date belongs.md:3:12: error: `deadline` must be one date, not a list [invalid-property]
 3 | deadline: [2026-01-01, 2026-02-01]
   |            ^
  help: Write one date as YYYY-MM-DD: `deadline: 2025-06-30`.

Not a mapping.md:2:1: error: front matter is a list, not a set of properties [invalid-frontmatter]
 2 | - a
   | ^
  help: Write properties as `key: value` lines between the `---` fences.

Nul byte.md: error: the note contains NUL bytes, as UTF-16 text or a binary file does; it is not read [invalid-encoding]
  help: Re-save the note as UTF-8, or rename the file if it is not a note.

Self alias.md:2:1: warning: goal "Self alias" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.

Self alias.md:2:1: warning: goal "Self alias" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Self alias.md:2:1: warning: goal "Self alias" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you toward, e.g. `parent: "[[Move into engineering management]]"`.

Unclosed front matter.md:1:1: error: front matter opened by `---` on line 1 is never closed; the note is read without properties [invalid-frontmatter]
 1 | ---
   | ^
  help: Add a line `---` after the last property, or remove the first line if it is not front matter.

Unknown status.md:2:1: warning: goal "Unknown status" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.

Unknown status.md:2:1: warning: goal "Unknown status" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Unknown status.md:2:1: warning: goal "Unknown status" has no parent: nothing ties it to a long-term goal or the vision [orphan-goal]
 2 | type: goal
   | ^
  help: Add `parent:` with the long-term goal it moves you toward, e.g. `parent: "[[Move into engineering management]]"`.

Unknown status.md:3:9: error: `status: someday` is not a known status; `active` is used [invalid-property]
 3 | status: someday
   |         ^
  help: Use one of: active, planned, paused, done, dropped.

Unknown status.md:4:10: error: `horizon: forever` is not a known horizon; it is ignored [invalid-property]
 4 | horizon: forever
   |          ^
  help: Use one of: long, medium, short.

Unquoted link.md:2:1: info: goal "Unquoted link" names no accountability partner: no one will ask how it is going [no-accountability]
 2 | type: goal
   | ^
  help: Tell a mentor, friend or peer about it and name them in `accountability:`, e.g. `accountability: "[[Priya Natarajan]]"`.

Unquoted link.md:2:1: warning: goal "Unquoted link" has no deadline [no-deadline]
 2 | type: goal
   | ^
  help: Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.

Unquoted link.md:2:1: warning: goal "Unquoted link" has no metric: nothing says how you will know it is done [no-metric]
 2 | type: goal
   | ^
  help: Add `metric:` with the number that will show it is done, e.g. "6 logged mentoring sessions".

Unquoted link.md:4:9: warning: `parent: [[Vision]]` is read by YAML as a nested list, not a link [unquoted-link]
 4 | parent: [[Vision]]
   |         ^
  help: Quote the link: `parent: "[[Vision]]"`.

Unterminated quote.md:3:8: error: the quote opened here is never closed, so `status:` on line 4 is read as part of its text [invalid-frontmatter]
 3 | title: "Lead the team
   |        ^
  help: Close the value with a matching " before the end of its line.

Utf16.md: error: the note is encoded as UTF-16 or UTF-32 (it starts with a byte order mark); it is not read [invalid-encoding]
  help: Re-save the note as UTF-8 (the encoding Obsidian uses).

outside: info: symlink to '/etc' leads outside the vault (/etc); not followed [skipped-symlink]
  help: Point the symlink at a file or folder inside the vault, or add it to `ignore` in .goals.yaml.

14 errors, 19 warnings, 5 infos in 18 notes
