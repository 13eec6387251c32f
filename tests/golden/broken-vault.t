$ goals --vault tests/fixtures/broken-vault --today 2026-11-22 list --type all --format paths
? 0
--- stdout
tests/fixtures/broken-vault/A/Twin.md
tests/fixtures/broken-vault/B/Twin.md
tests/fixtures/broken-vault/Bad yaml.md
tests/fixtures/broken-vault/Deep.md
tests/fixtures/broken-vault/Duplicate keys.md
tests/fixtures/broken-vault/Impossible date.md
tests/fixtures/broken-vault/Latin1 title.md
tests/fixtures/broken-vault/Latin1.md
tests/fixtures/broken-vault/Links.md
tests/fixtures/broken-vault/Lists where a date belongs.md
tests/fixtures/broken-vault/Not a mapping.md
tests/fixtures/broken-vault/Nul byte.md
tests/fixtures/broken-vault/Self alias.md
tests/fixtures/broken-vault/Unclosed front matter.md
tests/fixtures/broken-vault/Unknown status.md
tests/fixtures/broken-vault/Unquoted link.md
tests/fixtures/broken-vault/Unterminated quote.md
tests/fixtures/broken-vault/Utf16.md
tests/fixtures/broken-vault/Vision.md
--- stderr
Bad yaml.md:4:1: error: front matter is not valid YAML: end of sequence flow not found [invalid-frontmatter]
Dangling.md: info: symlink to 'Missing target.md' does not resolve (missing target or a symlink loop); not followed [skipped-symlink]
Deep.md:1:1: error: line is nested 120 quotes and list items deep (limit 100); the note body was not read [note-too-deep]
Duplicate keys.md:4:1: error: property `deadline` is set twice (also on line 3), so Obsidian reads none of the note's properties; neither does goals [duplicate-key]
Impossible date.md:4:11: error: `deadline: 2025-02-30` is not a real calendar date [invalid-property]
Latin1 title.md:3:12: error: invalid UTF-8 (byte 0xE9); the note is read as it is [invalid-encoding]
Latin1.md:1:4: error: invalid UTF-8 (byte 0xE9); the note is read as it is [invalid-encoding]
Links.md:1:5: warning: [[Twin]] matches 2 notes equally: A/Twin.md, B/Twin.md; Obsidian opens whichever it read first from disk, goals uses A/Twin.md (the first by path) [ambiguous-link]
Lists where a date belongs.md:3:12: error: `deadline` must be one date, not a list [invalid-property]
Not a mapping.md:2:1: error: front matter is a list, not a set of properties [invalid-frontmatter]
Nul byte.md: error: the note contains NUL bytes, as UTF-16 text or a binary file does; it is not read [invalid-encoding]
Unclosed front matter.md:1:1: error: front matter opened by `---` on line 1 is never closed; the note is read without properties [invalid-frontmatter]
Unknown status.md:3:9: error: `status: someday` is not a known status; `active` is used [invalid-property]
Unknown status.md:4:10: error: `horizon: forever` is not a known horizon; it is ignored [invalid-property]
Unquoted link.md:4:9: warning: `parent: [[Vision]]` is read by YAML as a nested list, not a link [unquoted-link]
Unterminated quote.md:3:8: error: the quote opened here is never closed, so `status:` on line 4 is read as part of its text [invalid-frontmatter]
Utf16.md: error: the note is encoded as UTF-16 or UTF-32 (it starts with a byte order mark); it is not read [invalid-encoding]
outside: info: symlink to '/etc' leads outside the vault (/etc); not followed [skipped-symlink]
