$ goals --vault examples/engineering-manager --today 2026-11-22 lint --format sarif
? 1
--- stdout
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "goals",
          "version": "0.1.0",
          "semanticVersion": "0.1.0",
          "rules": [
            {
              "id": "ambiguous-link",
              "shortDescription": {
                "text": "a link matches several notes after Obsidian's tie-breaks"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a link matches several notes after Obsidian's tie-breaks. Run `goals lint --explain ambiguous-link` for the page.",
                "markdown": "# ambiguous-link\n\nDefault severity: **warning**. Guards: **vault** (links between notes).\n\nFinds links whose target Obsidian itself cannot settle: where the note it\nopens depends on the order in which it read the disk. Body links, embeds,\nMarkdown links to local files and the `parent`, `goals` and `sprint`\nproperties are all checked, and each is resolved exactly as Obsidian does\n(see \"How Obsidian resolves a link\" in docs/vault-format.md): files are found\nby name without regard to letter case (`.md` optional for notes, attachments\nneed their extension); a name only one file has, a `./` or `../` path from\nthe linking note's folder, or a full vault path settles it; otherwise the\nfiles whose path ends with the link are ranked, those under the linking\nnote's folder first, then the shortest path. Only two files equal on both\ncounts make the link ambiguous. It is reported at the link, listing the tied\nfiles; `goals` then uses the one that comes first by path, which may not be\nthe one Obsidian opens, nor the one you meant.\n\n## Why\n\nA plan is only as good as the links that tie it together: a goal's\n`parent`, a sprint's goals, the note a daily entry points at. When two notes\nshare a name in folders whose paths are equally long, Obsidian opens\nwhichever it happened to read first, which can change from one device or\nrestart to the next without any edit to the linking note. Writing the\nfolder in the link makes it mean one note, in Obsidian and in `goals` alike.\n\n## Example\n\nThis note fails when the vault holds both `Draft/Case study.md` and\n`Final/Case study.md`:\n\n```markdown\n# Reading notes\n\nThe booking flow write-up: [[Case study]]\n```\n\nThis passes:\n\n```markdown\n# Reading notes\n\nThe booking flow write-up: [[Final/Case study]]\n```\n\nIf the two files sit in the same folder and differ only in letter case,\nrename one of them.\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {ambiguous-link: off}` in `.goals.yaml`, add `lint-ignore: [ambiguous-link]` to a note's front matter, or put `<!-- goals-ignore ambiguous-link -->` on the line before the finding.\n"
              }
            },
            {
              "id": "broken-relation",
              "shortDescription": {
                "text": "a `parent`, `goals` or `sprint` property links to no note"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "graph"
                ]
              },
              "help": {
                "text": "a `parent`, `goals` or `sprint` property links to no note. Run `goals lint --explain broken-relation` for the page.",
                "markdown": "# broken-relation\n\nDefault severity: **error**. Guards: **graph** (the links that build the goal graph).\n\nFinds `parent`, `goals` and `sprint` properties whose link matches no note or\nfile in the vault, on a note of any type and whatever its status. Each\nbroken link is reported at its value in the front matter, naming the\nproperty and the missing target. The help suggests the note whose name is\nclosest to the target (at most 3 letters changed, and fewer than half of the\ntarget's letters), else to create the note. Links are looked up as Obsidian\ndoes: letter case does not matter, `.md`, a folder path, a `#heading` and\n`|display text` are all fine, and a plain-text value such as\n`parent: Lead a team` names the note as well. A link that matches several\nnotes is `ambiguous-link`'s business, and links in the note's body are\n`unresolved-link`'s.\n\n## Why\n\nThese three properties are the goal graph: `parent` says why a goal\nmatters, a sprint's `goals` says what the quarter is for, and a review's\n`sprint` says which plan it looks back on. A link that leads nowhere cuts\nthat chain silently: the goal looks like it serves nothing, the sprint\nloses a goal, the review counts for no sprint. It usually comes from a\nrenamed note or a typo, and it is easy to fix once you see it.\n\n## Example\n\nThis note fails (the long-term goal is called \"Lead a team\"):\n\n```markdown\n---\ntype: goal\nhorizon: short\nparent: \"[[Lead teams]]\"\ndeadline: 2026-12-31\nmetric: 6 logged mentoring sessions\n---\n# Mentor 2 junior engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nparent: \"[[Lead a team]]\"\ndeadline: 2026-12-31\nmetric: 6 logged mentoring sessions\n---\n# Mentor 2 junior engineers\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {broken-relation: off}` in `.goals.yaml`, add `lint-ignore: [broken-relation]` to a note's front matter, or put `<!-- goals-ignore broken-relation -->` on the line before the finding.\n"
              }
            },
            {
              "id": "duplicate-key",
              "shortDescription": {
                "text": "a front-matter key is written twice, so Obsidian reads no properties"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a front-matter key is written twice, so Obsidian reads no properties. Run `goals lint --explain duplicate-key` for the page.",
                "markdown": "# duplicate-key\n\nDefault severity: **error**. Guards: **vault** (note properties).\n\nFinds a front-matter property that is set more than once in one note.\n\n- **The same key written twice** (`deadline:` on two lines): Obsidian's\n  YAML reader refuses such front matter whole, and its Properties view shows\n  nothing for the note. `goals` reads it the same way: the note has no\n  properties at all (a goal note becomes a plain note) until one of the two\n  lines is removed. Every repeat is reported, at its key.\n- **Two names of one property**, such as `due` and `deadline` or `updated`\n  and `reviewed` (and any other names set under `aliases` in `.goals.yaml`):\n  Obsidian shows both, and `goals` uses the value written last.\n\nKeys differ by letter case (`Deadline` is not `deadline`), and only\ntop-level keys count: a key repeated inside a list or nested value is not\nreported.\n\n## Why\n\nTwo values for one property means the note says two things at once: two\ndeadlines, two review dates. With the same key twice, Obsidian drops every\nproperty of the note, so the goal silently leaves your lists, Bases and\nDataview queries; with two names, the earlier line looks like the plan but is\nignored, and the goal may be judged against a date you meant to replace. It usually comes from pasting a template over a\nnote, or from using both the short and the long name of a property.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\nmetric: 6 logged mentoring sessions\ndue: 2027-01-31\n---\n# Mentor 2 junior engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2027-01-31\nmetric: 6 logged mentoring sessions\n---\n# Mentor 2 junior engineers\n```\n\n## Options\n\nNone. Which names mean the same property comes from the shared `aliases`\nsetting (default `{due: deadline, updated: reviewed}`).\n\n## Silencing\n\nSet `rules: {duplicate-key: off}` in `.goals.yaml`. For two names of one property, `lint-ignore: [duplicate-key]` in the note's front matter works too; with a key written twice the front matter is not read, so its `lint-ignore` is not either. (The finding is in the front matter, where a `<!-- goals-ignore -->` comment cannot go.)\n"
              }
            },
            {
              "id": "file-too-large",
              "shortDescription": {
                "text": "a note is larger than the loader reads"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a note is larger than the loader reads. Run `goals lint --explain file-too-large` for the page.",
                "markdown": "# file-too-large\n\nDefault severity: **error**. Guards: **vault** (reading notes).\n\nFinds notes larger than the loader reads: 8 MiB. Such a note is reported\nfor the whole file and left out of the run: none of its properties, links\nor tasks count, and links to it from other notes still resolve but find no\ngoal there. Attachments (any file not ending in `.md`) are never read, so\ntheir size does not matter.\n\n## Why\n\nA career plan fits in a few kilobytes per note. A Markdown file of many\nmegabytes is an export, a log or a pasted dump, and reading every such file\nwould make each run slow and memory-hungry for no gain. Reporting it, rather\nthan skipping it silently, tells you why a note is missing from the graph.\n\n## Example\n\nThis fails: `Notes/Ticket dump.md` is a 40 MiB export with a goal's front\nmatter pasted on top.\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Fix the retry storm\n\n(40 MiB of pasted log lines)\n```\n\nThis passes: the goal note keeps the plan, and the log is an attachment it\nlinks to.\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Fix the retry storm\n\nThe raw log is in [[retry-storm-2026-11.log]].\n```\n\n## Options\n\nNone. A file that is not a note can be left out with the shared `ignore`\nsetting.\n\n## Silencing\n\nSet `rules: {file-too-large: off}` in `.goals.yaml` (or pass `--ignore file-too-large`); the note is still not read. A note that is not read has no front matter for `lint-ignore` and no line for a `<!-- goals-ignore file-too-large -->` comment; to leave the file out for good, add it to `ignore:` in `.goals.yaml`.\n"
              }
            },
            {
              "id": "horizon-mismatch",
              "shortDescription": {
                "text": "a goal's deadline does not fit its horizon"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "goal breakdown"
                ]
              },
              "help": {
                "text": "a goal's deadline does not fit its horizon. Run `goals lint --explain horizon-mismatch` for the page.",
                "markdown": "# horizon-mismatch\n\nDefault severity: **info**. Guards: **goal breakdown** (vision → long → medium → short).\n\nFinds goal notes whose deadline does not fit their `horizon`. It looks at\nopen goal notes (not `done` or `dropped`) with a `horizon` and a `deadline`\nthat is today or later, and fires at the `deadline` key when a `short` goal\nis due more than 12 months from today, a `medium` goal more than 18 months\nfrom today, or a `long` goal more than 5 years from today or less than 2\nyears from the day it was set down (its `created` date; today when it has\nnone). The limits themselves are allowed: a short goal due exactly 12 months\nfrom today fits. Past deadlines are `overdue`'s business, and inline sprint\ngoals are due with their sprint.\n\n## Why\n\nThe horizons split one big direction into steps of different sizes: a\nlong-term goal of a few years, medium goals on the way, and short goals you\ncan finish within a year. A \"short\" goal due in two years is a long goal in\ndisguise and will not get the weekly attention short goals are meant to get;\na \"long\" goal due next spring is really a short one with no direction above\nit. Matching the label to the date keeps each layer doing its own job.\n\n## Example\n\nThis note fails (today is 2026-11-22):\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2028-03-01\nmetric: The Payments service runs on the new platform with no customer-facing incident\n---\n# Lead the platform migration\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2028-03-01\nmetric: The Payments service runs on the new platform with no customer-facing incident\n---\n# Lead the platform migration\n```\n\n## Options\n\n| option | default | meaning |\n|---|---|---|\n| `short-months` | 12 | the furthest a short goal's deadline may be, in months from today |\n| `medium-months` | 18 | the furthest a medium goal's deadline may be, in months from today |\n| `long-min-years` | 2 | the shortest span of a long goal, in years from its `created` date (or today) |\n| `long-max-years` | 5 | the furthest a long goal's deadline may be, in years from today |\n\n```yaml\nrules:\n  horizon-mismatch:\n    short-months: 9\n    long-max-years: 7\n```\n\n## Silencing\n\nSet `rules: {horizon-mismatch: off}` in `.goals.yaml`, add `lint-ignore: [horizon-mismatch]` to a note's front matter, or put `<!-- goals-ignore horizon-mismatch -->` on the line before the finding.\n"
              }
            },
            {
              "id": "invalid-encoding",
              "shortDescription": {
                "text": "a note is not valid UTF-8"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a note is not valid UTF-8. Run `goals lint --explain invalid-encoding` for the page.",
                "markdown": "# invalid-encoding\n\nDefault severity: **error**. Guards: **vault** (reading notes).\n\nFinds notes that are not UTF-8 text. A note that starts with a UTF-16 or\nUTF-32 byte-order mark, or holds a NUL byte in its first 8 KiB (UTF-16\nwithout a mark, or a binary file named `.md`), is reported for the whole\nfile and not read at all. Otherwise the first byte that is not valid UTF-8\nis reported at its line and column (a UTF-8 byte-order mark at the start is\nallowed and not counted); only the first bad byte of a note is reported, and\nthe note is still read as it is, so its properties and links keep working,\nthough a title or name with the bad byte will not match what Obsidian shows.\n\n## Why\n\nObsidian reads and writes UTF-8, and links, tags and titles are compared as\nUTF-8 text. A note saved as Latin-1 or Windows-1252 by another editor shows\nreplacement characters in Obsidian, and a goal title with an accent can then\nno longer be matched by a link. Re-saving the note as UTF-8 fixes it for\ngood.\n\n## Example\n\nThis note fails when it was saved as Latin-1 (the `é` is the single byte\n0xE9):\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Refresh my résumé\n```\n\nThis passes: the same text saved as UTF-8 (the `é` is the two bytes\n0xC3 0xA9).\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Refresh my résumé\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {invalid-encoding: off}` in `.goals.yaml`, add `lint-ignore: [invalid-encoding]` to a note's front matter, or put `<!-- goals-ignore invalid-encoding -->` on the line before the finding. A note that is not read at all (UTF-16, NUL bytes) has no front matter to carry `lint-ignore`: leave it out with `ignore:` in `.goals.yaml` instead.\n"
              }
            },
            {
              "id": "invalid-frontmatter",
              "shortDescription": {
                "text": "front matter that does not parse, is not a mapping or trips a guard"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "front matter that does not parse, is not a mapping or trips a guard. Run `goals lint --explain invalid-frontmatter` for the page.",
                "markdown": "# invalid-frontmatter\n\nDefault severity: **error**. Guards: **vault** (note properties).\n\nFinds front matter that `goals` cannot read. Front matter is the block\nbetween a `---` line at the very top of the note (after an optional UTF-8\nbyte-order mark) and the next line that is `---` or `...`. It is reported\nwhen its YAML does not parse (at the place YAML stops, e.g. an unclosed\n`[` or a second `: ` in an unquoted value), when it is a list or a single\nvalue rather than `key: value` pairs, and when it trips one of the guards\nthat keep hostile files cheap: more than 64 KiB of front matter, values\nnested more than 32 levels deep, more than 10,000 values, a NUL byte, or a\nquote that is never closed and swallows the keys after it (reported at the\nquote), and when a `---` on line 1 is never closed (for a horizontal\nrule, start the note with something else). In every case the\nnote is read as a plain note without properties, so a goal, sprint or\nreview in it drops out of the goal graph. Empty front matter (`---` then\n`---`) and comment-only front matter are fine.\n\n## Why\n\nProperties are where a goal keeps its SMART answers: its deadline, metric,\nparent and partner. When the YAML does not parse, Obsidian shows none of\nthem and `goals` cannot either, so a perfectly planned goal looks like a\nplain note and every check on it silently stops. The fix is usually one\nmissing quote or bracket.\n\n## Example\n\nThis note fails (an unquoted value with a second `: ` in it):\n\n```markdown\n---\ntype: goal\nhorizon: short\nmetric: Ship it: the whole migration\ndeadline: 2026-12-31\n---\n# Lead the platform migration\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nmetric: \"Ship it: the whole migration\"\ndeadline: 2026-12-31\n---\n# Lead the platform migration\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {invalid-frontmatter: off}` in `.goals.yaml` (or pass `--ignore invalid-frontmatter`). A note whose front matter cannot be read has no `lint-ignore` property, and the finding is in the front matter, where a `<!-- goals-ignore invalid-frontmatter -->` comment cannot go; to skip a file for good, list it under `ignore:` in `.goals.yaml`.\n"
              }
            },
            {
              "id": "invalid-obsidian-settings",
              "shortDescription": {
                "text": "an Obsidian settings file goals reads is not JSON or holds a value of the wrong type"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "an Obsidian settings file goals reads is not JSON or holds a value of the wrong type. Run `goals lint --explain invalid-obsidian-settings` for the page.",
                "markdown": "# invalid-obsidian-settings\n\nDefault severity: **warning**. Guards: **vault** (which notes are notes).\n\nFinds Obsidian settings files that `goals` reads but cannot use. `goals`\nreads six files below `.obsidian/` (the section \"Obsidian settings\" of\n`docs/vault-format.md` says what each one means): `app.json`,\n`templates.json`, `daily-notes.json`, `plugins/templater-obsidian/data.json`\nand `plugins/periodic-notes/data.json` tell it which notes are excluded and\nwhich are templates (`app.json` also how new links are written),\n`types.json` how properties are typed, and\n`plugins/obsidian-tasks-plugin/data.json` how the Tasks plugin reads a task\n(its task format, global filter and statuses). A file that is missing is\nnormal and never reported. One is reported, at that file, when it cannot be\nread, is larger than 4 MiB, is not valid JSON (at the line and column where\nthe JSON breaks), or holds something other than a JSON object; its settings\nare then not used. Inside a file that is read, each value `goals` needs that\nhas the wrong type is reported on its own and only that value is left out:\n`userIgnoreFilters` that is not a list, an entry of it that is not a text, an\nExcluded files entry written as a regular expression (`/…/`) that `goals`\ncannot compile, a `newLinkFormat` other than `shortest`, `relative` or\n`absolute`, a `useMarkdownLinks` that is not true or false, a `folder` or `template` that is not a text, a Templater rule\nor a Periodic Notes period that is not an object, a `taskFormat` other than\n`tasksPluginEmoji` or `dataview`, a `globalFilter` that is not a text, a\n`statusSettings` list that is not a list, a status without a `symbol`.\nSettings of the Tasks plugin are reported at their key; in the other files\nthe finding is on the whole file.\n\nWhatever is wrong keeps its default, and every note is still read. For the\nTasks plugin that means its own defaults: the emoji format, no global\nfilter, `x` and `X` done, `/` in progress, `-` cancelled.\n\n## Why\n\nThese settings decide which notes `goals` plans with: a note in an excluded\nfolder or in the template folder is not a goal, and its placeholders\n(`{{date}}`, `<% tp.file.title %>`) are not mistakes. When a settings file\ncannot be used, those notes are read as ordinary notes, and the findings on\ntemplates and archived notes that follow would be confusing without saying\nwhy. Obsidian itself quietly falls back to its defaults in the same case, so\nthe broken setting may have gone unnoticed there too.\n\nThe Tasks plugin's settings decide what counts as a task and whether it is\ndone. With a global filter of `#task`, `- [ ] Buy milk` is no task; with a\ncustom status, `- [>] Deferred` may be cancelled. When that file cannot be\nread, progress, overdue milestones and wins would disagree with the plugin\nwithout saying why.\n\n## Example\n\nThis `.obsidian/app.json` fails twice: the file name pattern is not a\nregular expression (an unclosed `[`), and `3` is not a path.\n\n```json\n{\n  \"userIgnoreFilters\": [\"Archive/\", \"/[0-9/\", 3]\n}\n```\n\nThis passes:\n\n```json\n{\n  \"userIgnoreFilters\": [\"Archive/\", \"/[0-9]{4}-[0-9]{2}-[0-9]{2}\\\\.md$/\"]\n}\n```\n\nThis Tasks plugin file fails: it was cut short by a sync conflict.\n\n```json\n{\n  \"globalFilter\": \"#task\",\n  \"taskFormat\": \"dataview\",\n```\n\n## Options\n\nNone. Settings of the Tasks plugin other than the three above\n(`removeGlobalFilter`, the global query, date tracking, …) change nothing in\n`goals`; in particular the global filter is always left out of a task's\nwords, whatever `removeGlobalFilter` says. Statuses whose symbol is more than\none character cannot stand in a checkbox and are skipped.\n\n## Silencing\n\nSet `rules: {invalid-obsidian-settings: off}` in `.goals.yaml` (or pass `--ignore invalid-obsidian-settings`); the broken value is still not used. The lasting fix is to change the setting in Obsidian, which writes the file again. A settings file is not a note, so it has no front matter for `lint-ignore` and no place for a `<!-- goals-ignore invalid-obsidian-settings -->` comment.\n"
              }
            },
            {
              "id": "invalid-property",
              "shortDescription": {
                "text": "a property holds a value of the wrong kind: an impossible date, an unknown status, horizon or cadence"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a property holds a value of the wrong kind: an impossible date, an unknown status, horizon or cadence. Run `goals lint --explain invalid-property` for the page.",
                "markdown": "# invalid-property\n\nDefault severity: **error**. Guards: **vault** (note properties).\n\nFinds a property whose value is of the wrong kind, at the value.\n\nOn vision, goal, sprint and review notes (the notes `goals` owns), its own\nproperties are checked: a date (`deadline`, `due`, `reviewed`, `updated`,\n`completed`, `created`, `start`, `end`, `date`) that is not a real\n`YYYY-MM-DD` day (`2026-02-30` is no real day; `next week` and\n`2023-11-13, 21:15` are not in that form) or is a list; a `target` or\n`current` that is not a plain number; a `quarter` that is not `YYYY-Qn`; a\n`parent`, `goals` or `sprint` that is a nested structure rather than links;\na `sprint` with more than one link; `metric`, `accountability` or `values`\nwritten as a nested mapping; a `status`, `horizon` or `cadence` that is not\none of the known words, or is a list (letter case and surrounding spaces do\nnot matter). `tags`, `aliases` and `lint-ignore` written as a nested mapping\nare reported on any note.\n\nOn every other note the words are the user's own, as in Obsidian, which\nkeeps a free-text `created: Monday 10th February 2025` as text. Such a value\nis checked only when the vault's `.obsidian/types.json` gives its property a\ntype (set in Obsidian's All properties view), and then as Obsidian's\nProperties view checks it: a `date` or `datetime` that is not in\n`YYYY-MM-DD` (or `YYYY-MM-DDTHH:mm`) form, a `number` that is not a plain\nnumber, a `checkbox` that is not `true` or `false`, a `text` written as a\nlist, a `multitext`, `aliases` or `tags` written as a nested mapping.\n\nA Dataview page field in the body (`deadline:: 2026-13-01`, also with a\nbold key or inside a callout) is a property like one in the front matter\nwhen the front matter does not set it, and is checked the same way; the\nfinding is then at the field's line.\n\nAn unknown `type` is not an error: such a note is a plain note, and its\n`status` or `horizon` mean nothing to `goals`. An empty value is treated as\nnot set. The bad value is ignored (an unknown `status` reads as `active`).\n\n## Why\n\nThe SMART checks read these values: a deadline that is no real day makes a\ngoal look as if it had none, and a misspelt status (`someday`) keeps a goal\nyou meant to pause on the active list. Obsidian also expects one kind of\nvalue per property across the vault, so a list where a date belongs breaks\nits property editor and Dataview queries too.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: someday\ndeadline: 2026-02-30\n---\n# Give a talk at the internal engineering summit\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: paused\ndeadline: 2026-02-28\n---\n# Give a talk at the internal engineering summit\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {invalid-property: off}` in `.goals.yaml`, add `lint-ignore: [invalid-property]` to a note's front matter, or put `<!-- goals-ignore invalid-property -->` on the line before the finding. (The finding is in the front matter, where a comment cannot go, so in practice it is `lint-ignore` or the config.)\n"
              }
            },
            {
              "id": "missing-review",
              "shortDescription": {
                "text": "a sprint has ended and no review looks back on it"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "quarterly review"
                ]
              },
              "help": {
                "text": "a sprint has ended and no review looks back on it. Run `goals lint --explain missing-review` for the page.",
                "markdown": "# missing-review\n\nDefault severity: **warning**. Guards: **quarterly review**.\n\nFinds sprints that ended without anyone looking back on them. It fires on a\nsprint whose end date is more than `grace-days` (0 by default) days before\ntoday when no review looks back on it, at the sprint's `end` key (else its\n`quarter` key, else its `type` key): by default from the day after the\nsprint's last day, so a sprint that ends today is not reported yet. A review\nlooks back on a sprint when it links it, with its `sprint` property or\nanywhere in its body, and it is a quarterly review (`cadence: quarterly`,\nthe default) or is dated on or after the sprint's last day. Weekly and\nmonthly check-ins written while the sprint was still running do not count,\nnor do links from notes that are not reviews. `goals status` lists the same\nsprints under \"Missed reviews\" from the day after their end, whatever the\ngrace period.\n\nThe help names the command that writes the review:\n`goals review --cadence quarterly --period 2026-Q3` for the sprint of that\nquarter (its `quarter`, else the quarter its start falls in), with\n`--sprint NAME` added when another sprint is the one of that quarter, and\n`goals review --cadence quarterly --sprint NAME` for a sprint with neither\na quarter nor a start.\n\n## Why\n\nGoals without a check-in stay wishes. The end of a sprint is the moment to\nask what you set out to do, what really happened, what got in the way, what\nyou learned and what comes next; skipping it means the next quarter repeats\nthe last one's mistakes. Half an hour is enough, but it has to happen.\n\n## Example\n\nThis note fails (today is 2026-11-22) when no review links it:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q3\nstart: 2026-07-01\nend: 2026-09-30\n---\n# Q3 2026 career sprint\n```\n\nThe help says: run `goals review --cadence quarterly --period 2026-Q3`.\nIt passes once this review exists (the command writes one like it):\n\n```markdown\n---\ntype: review\ncadence: quarterly\nsprint: \"[[2026-Q3]]\"\ndate: 2026-10-02\n---\n# 2026-Q3 review\n\n## What was I trying to achieve this quarter?\n\nA career conversation with Marcus and one leadership opportunity.\n\n## What did I really get done?\n\nBoth: I run the design reviews on Payments from October.\n\n## What got in my way?\n\nOn-call weeks ate two milestones.\n\n## What did I learn about how I work?\n\nI plan better with a milestone every two weeks.\n\n## Given this quarter's lessons, which goals come next?\n\n[[Mentor 2 junior engineers]]\n```\n\n## Options\n\n| option | default | meaning |\n|---|---|---|\n| `grace-days` | 0 | days after a sprint's last day before a missing review is reported |\n\n```yaml\nrules:\n  missing-review:\n    grace-days: 14\n```\n\n## Silencing\n\nSet `rules: {missing-review: off}` in `.goals.yaml`, add `lint-ignore: [missing-review]` to a note's front matter, or put `<!-- goals-ignore missing-review -->` on the line before the finding.\n"
              }
            },
            {
              "id": "no-accountability",
              "shortDescription": {
                "text": "an active short or medium goal, or a sprint goal, names no accountability partner"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "mistake 3: no accountability"
                ]
              },
              "help": {
                "text": "an active short or medium goal, or a sprint goal, names no accountability partner. Run `goals lint --explain no-accountability` for the page.",
                "markdown": "# no-accountability\n\nDefault severity: **info**. Guards: **mistake 3**, no accountability mechanism.\n\nFinds goals that nobody else knows about. It fires on a `short` or `medium`\ngoal note whose `status` is not `done` or `dropped` when it has no\n`accountability` (or an empty one), at the `accountability` key when there is\none, otherwise at the `type` key. A goal that is part of a sprint whose note\nhas `accountability` is covered: sharing the sprint shares its goals. In a\nsprint that has not ended, a goal is also checked at its `Goal N:` heading (or\nits `goals` link) when its own note is not checked: inline goals, and links to\nlong-term goals, goals with no horizon and notes that are not goals. Such a\ngoal is covered by the sprint's `accountability` or by its linked note's.\nLong-term goals and goals with no horizon are not checked at their own note.\nDone and dropped goals never fire. It is info because some people keep their\npartner out of their notes on purpose.\n\n## Why\n\nA goal only you know about can be dropped without anyone noticing, including\nyou. Naming one person who will ask how it is going, a mentor, a manager, a\nfriend or a peer working on their own goals, adds a small, regular moment where\nthe goal has to be talked about. That moment is often enough to keep it alive.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Develop coaching and mentoring skills]]\"\ndeadline: 2026-12-31\nmetric: Both mentees have a written growth plan and 6 logged sessions each\n---\n# Mentor 2 junior engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Develop coaching and mentoring skills]]\"\ndeadline: 2026-12-31\nmetric: Both mentees have a written growth plan and 6 logged sessions each\naccountability: \"[[Marcus Oyelaran]]\"\n---\n# Mentor 2 junior engineers\n```\n\nA sprint note names the partner for all its goals the same way:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\naccountability: \"[[Priya Natarajan]]\"\n---\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {no-accountability: off}` in `.goals.yaml`, add `lint-ignore: [no-accountability]` to a note's front matter, or put `<!-- goals-ignore no-accountability -->` on the line before the finding.\n"
              }
            },
            {
              "id": "no-deadline",
              "shortDescription": {
                "text": "an active goal has no valid deadline"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Time-bound"
                ]
              },
              "help": {
                "text": "an active goal has no valid deadline. Run `goals lint --explain no-deadline` for the page.",
                "markdown": "# no-deadline\n\nDefault severity: **warning**. Guards: **Time-bound** (SMART).\n\nFinds open goals that have no date to be finished by. It fires on every goal\nnote whose `status` is not `done` or `dropped`, at any horizon, when it has no\n`deadline` (or its alias `due`) or when the value is not a real date; an\nimpossible date such as `2026-02-30` counts as no deadline here, and\n`invalid-property` explains the value itself. The finding points at the\n`deadline` key when there is one, otherwise at the note's `type` key. An\ninline sprint goal (a plain-text `Goal N:` heading) is due when its sprint\nends, so it fires at its heading only when the sprint has no end date: no\n`end`, no `quarter` and no `YYYY-Qn` file name. Done and dropped goals never\nfire.\n\n## Why\n\nA goal with no date never becomes urgent: there is always next month. The\ndeadline is what turns a wish into a plan you can fall behind on, and falling\nbehind is the signal that makes you act or rethink. Without one, the goal\nquietly slips out of sight among the day's work.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\nmetric: Two direct reports say in writing that our 1:1s help them\n---\n# Run weekly 1:1s with two engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-06-30\nmetric: Two direct reports say in writing that our 1:1s help them\n---\n# Run weekly 1:1s with two engineers\n```\n\n## Options\n\nNone. The `aliases` setting decides which other keys count as `deadline`\n(`due` by default).\n\n## Silencing\n\nSet `rules: {no-deadline: off}` in `.goals.yaml`, add `lint-ignore: [no-deadline]` to a note's front matter, or put `<!-- goals-ignore no-deadline -->` on the line before the finding.\n"
              }
            },
            {
              "id": "no-metric",
              "shortDescription": {
                "text": "an active short or medium goal, or a sprint goal, has no success metric"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Measurable"
                ]
              },
              "help": {
                "text": "an active short or medium goal, or a sprint goal, has no success metric. Run `goals lint --explain no-metric` for the page.",
                "markdown": "# no-metric\n\nDefault severity: **warning**. Guards: **Measurable** (SMART).\n\nFinds goals that do not say how you will know they are done. It fires on a\ngoal note whose `status` is not `done` or `dropped` and whose horizon is\n`short`, `medium` or not set when it has no `metric` (or an empty one), at the\n`metric` key when there is one, otherwise at the `type` key. A goal with no\nhorizon is checked because nothing says it is long-term; long-term goals are\nnot, because a 3-5 year direction is measured by the shorter goals under it. A\n`- Success metric: …` item under the goal's `Goal N:` heading in a sprint\ncounts as the goal's metric. In a sprint that has not ended, a goal is also\nchecked at its `Goal N:` heading (or its `goals` link, when it has no heading)\nwhen its own note is not checked: inline goals, and links to long-term goals,\ngoals with no horizon and notes that are not goals. Those need their own\n`Success metric:` item; a long-term goal's metric measures years, not the\nquarter. Done and dropped goals never fire.\n\n## Why\n\nWithout a measure, progress is a feeling: you cannot tell a good month from a\nbusy one, and you cannot tell when to stop. Writing down the number or the\nobservable result up front also keeps the work honest, because activity that\ndoes not move the measure is visibly motion rather than progress.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Develop coaching and mentoring skills]]\"\ndeadline: 2026-12-31\n---\n# Mentor 2 junior engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Develop coaching and mentoring skills]]\"\ndeadline: 2026-12-31\nmetric: Both mentees have a written growth plan and 6 logged sessions each\ntarget: 12\ncurrent: 7\n---\n# Mentor 2 junior engineers\n```\n\nIn a sprint, an inline goal carries its metric as an item:\n\n```markdown\n## Goal 2: Run two design reviews for the Payments squad\n- Week 1-6: First review, notes shared with the team\n- Week 7-12: Second review, run without help\n- Success metric: Two reviews held, with written feedback from the squad\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {no-metric: off}` in `.goals.yaml`, add `lint-ignore: [no-metric]` to a note's front matter, or put `<!-- goals-ignore no-metric -->` on the line before the finding.\n"
              }
            },
            {
              "id": "no-weekly-plan",
              "shortDescription": {
                "text": "a sprint goal has no `Week a-b:` milestones"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "weekly breakdown"
                ]
              },
              "help": {
                "text": "a sprint goal has no `Week a-b:` milestones. Run `goals lint --explain no-weekly-plan` for the page.",
                "markdown": "# no-weekly-plan\n\nDefault severity: **warning**. Guards: **the weekly breakdown** of a 90-day sprint.\n\nFinds sprint goals with no weekly milestones. It fires on each goal of a sprint\nthat has not ended when no list item under its `Goal N:` heading starts with\n`Week a-b:` (or `Week a:`, `Weeks a-b:`), at the heading; a goal listed only in\nthe front-matter `goals` has no heading to hold milestones, so it fires at its\nlink. Items nested under subheadings of the goal count. A goal whose note is\n`done` or `dropped` never fires, and neither do sprints that have ended.\n\n## Why\n\nA quarter feels long in its first week, so a goal with only an end date tends\nto sit untouched until the last fortnight and then gets crammed or missed.\nSplitting it into week ranges gives each stretch of the quarter its own small\ndeadline, and a slipped week shows up while there is still time to recover.\n\n## Example\n\nThis sprint fails:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\nparent: \"[[Move into engineering management]]\"\n---\n# Q4 2026 career sprint\n\n## Goal 1: [[Finish the Coaching for Engineers course]]\n- Success metric: Course certificate received\n```\n\nThis passes:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\nparent: \"[[Move into engineering management]]\"\n---\n# Q4 2026 career sprint\n\n## Goal 1: [[Finish the Coaching for Engineers course]]\n- [ ] Week 1-4: Modules 1-4 📅 2026-10-28\n- [ ] Week 5-8: Modules 5-6 📅 2026-11-25\n- [ ] Week 9-12: Modules 7-8 and the recorded coaching conversation 📅 2026-12-18\n- Success metric: Course certificate received\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {no-weekly-plan: off}` in `.goals.yaml`, add `lint-ignore: [no-weekly-plan]` to a note's front matter, or put `<!-- goals-ignore no-weekly-plan -->` on the line before the finding.\n"
              }
            },
            {
              "id": "note-too-costly",
              "shortDescription": {
                "text": "a note costs too much to read in full"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a note costs too much to read in full. Run `goals lint --explain note-too-costly` for the page.",
                "markdown": "# note-too-costly\n\nDefault severity: **warning**. Guards: **vault** (reading notes).\n\nFinds a note whose Markdown would cost the parser far more time or memory\nthan its size, in one of two ways:\n\n- **Reference-style links.** Each use of a link reference definition\n  (`[x]: /some/url`, used as `[x]` or `[text][x]`) gets its own copy of the\n  destination and title. When the uses times the largest definition would\n  copy more than 16 MiB plus four times the note's size, the note's\n  definitions are read as plain text. Nothing `goals` reads is lost: links\n  to notes, tags and tasks come from the text itself.\n- **Memory.** When reading the body would still need more than 256 MiB plus\n  32 bytes per byte of the note, the parse stops there and the body is not\n  read: no links, tasks, headings or milestones come from it. Its properties\n  are still read.\n\nIt is reported at the first definition, or at the body's first line.\n\n## Why\n\nOne pasted export or generated file can make the Markdown parser take\nminutes or gigabytes, and one note must never stall or abort a run over the\nwhole vault (a git hook, CI, an editor). The finding names the note so you\ncan repair it; the rest of the vault is read as usual.\n\n## Example\n\nThis note fails (one long definition used many thousands of times):\n\n```markdown\n# Links\n\n[x]: https://example.com/a-very-long-address…\n\n[x] [x] [x] [x] [x] [x] … (tens of thousands more)\n```\n\nThis passes:\n\n```markdown\n# Links\n\nSee [the report](https://example.com/report) and [[Quarterly review]].\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {note-too-costly: off}` in `.goals.yaml` or add `lint-ignore: [note-too-costly]` to the note's front matter. The definitions are still read as plain text, and a body too costly to read is still skipped.\n"
              }
            },
            {
              "id": "note-too-deep",
              "shortDescription": {
                "text": "a note nests quotes and lists too deep to read"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a note nests quotes and lists too deep to read. Run `goals lint --explain note-too-deep` for the page.",
                "markdown": "# note-too-deep\n\nDefault severity: **error**. Guards: **vault** (reading notes).\n\nFinds a note with a line nested more than 100 levels deep in block quotes\n(`>`) and list items, counting the markers at the start of the line and the\nlist items it is indented under (a staircase of items, each indented below\nthe last, counts as deep as the same markers on one line). The first such\nline is reported and the note's body is not read at all: no links, tasks,\nheadings or milestones come from it. Its properties are still read. Exactly\n100 levels is fine.\n\n## Why\n\nNo one writes a plan a hundred quotes deep; such a line comes from a\ngenerated or corrupted file, and reading it would cost the Markdown parser\ntime and memory out of all proportion. Skipping the body keeps the rest of\nthe vault fast, and the finding tells you which file to repair.\n\n## Example\n\nThis note fails (the line starts with 101 `>` marks):\n\n```markdown\n# Imported thread\n\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> the original message\n```\n\nThis passes:\n\n```markdown\n# Imported thread\n\n> the original message\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {note-too-deep: off}` in `.goals.yaml` or add `lint-ignore: [note-too-deep]` to the note's front matter; the body is still not read. A `<!-- goals-ignore note-too-deep -->` comment does not work here, because it would sit in the body that is not read.\n"
              }
            },
            {
              "id": "orphan-goal",
              "shortDescription": {
                "text": "a goal reaches no long-term goal or vision through `parent`"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Relevant"
                ]
              },
              "help": {
                "text": "a goal reaches no long-term goal or vision through `parent`. Run `goals lint --explain orphan-goal` for the page.",
                "markdown": "# orphan-goal\n\nDefault severity: **warning**. Guards: **Relevant** (SMART).\n\nFinds goals that do not lead anywhere. A `short` or `medium` goal, or a goal\nwith no horizon, fires when following its `parent` links (all of them, through\nany number of steps) reaches no long-term goal and no vision. A `long` goal\nfires when the vault has a vision note and its `parent` links never reach it;\nin a vault without a vision, long-term goals are the top and never fire. Only\ngoal notes whose `status` is not `done` or `dropped` are checked. The finding\npoints at the `parent` key when there is one (it leads nowhere), otherwise at\nthe `type` key. Inline goals (plain-text `Goal N:` headings) of sprints that\nhave not ended take the sprint's `parent`, so they fire at their heading when\nthe sprint has no `parent` or its `parent` leads nowhere.\n\n## Why\n\nShort goals are the motion and the long-term direction is the reason for it. A\ngoal that connects to nothing longer may still be worth doing, but nothing says\nwhy, and such goals are the first to crowd out the ones that matter. Writing\ndown which longer goal it serves is the check that it is progress and not just\nactivity.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-12-10\nmetric: Deliver a 20-minute talk on our incident review process\n---\n# Give a talk at the internal engineering summit\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\nparent: \"[[Serve as acting tech lead for two quarters]]\"\ndeadline: 2026-12-10\nmetric: Deliver a 20-minute talk on our incident review process\n---\n# Give a talk at the internal engineering summit\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {orphan-goal: off}` in `.goals.yaml`, add `lint-ignore: [orphan-goal]` to a note's front matter, or put `<!-- goals-ignore orphan-goal -->` on the line before the finding.\n"
              }
            },
            {
              "id": "outside-control",
              "shortDescription": {
                "text": "a goal's outcome is someone else's decision"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Achievable, mistake 2"
                ]
              },
              "help": {
                "text": "a goal's outcome is someone else's decision. Run `goals lint --explain outside-control` for the page.",
                "markdown": "# outside-control\n\nDefault severity: **warning**. Guards: **Achievable** (SMART), mistake 2.\n\nFinds goals whose outcome is someone else's decision: the title contains a\nphrase such as \"get promoted\", \"be hired\", \"get a raise\", \"get an offer\",\n\"land a job\" or \"be selected/chosen/accepted\". Matching ignores case, works on\nwhole words and accepts simple inflections (\"Getting promoted\", \"Got hired\").\n\"Earn promotion to Senior Software Engineer by leading 2 projects\" passes: it\nnames the work, not the verdict. It checks goal notes whose `status` is not\n`done` or `dropped` at every horizon, at the title (the `title` key, else the\nfirst `# heading`, else the `type` key), and the inline goals of sprints that\nhave not ended, at their `Goal N:` heading. Long-term goals are included: a\n5-year goal that waits for a committee is still in someone else's hands, and it\nis as easy to phrase as a direction you steer (\"Move into engineering\nmanagement\").\n\n## Why\n\nA goal that only counts when someone else says yes can fail however well you\nwork, and a headcount freeze or a committee's mood tells you nothing about\nwhat to do next. The part you own is the set of actions that make the yes\nlikely: the projects, the skills, the evidence. Framing the goal as those\nactions keeps it achievable and keeps the effort pointed at what you control.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-09-30\nmetric: Engineering Manager title confirmed\n---\n# Get promoted to Engineering Manager\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-09-30\nmetric: The three requirements of the manager rubric met, with evidence in my promotion packet\n---\n# Complete the three requirements for the Engineering Manager promotion\n```\n\n## Options\n\n| option | default | meaning |\n|---|---|---|\n| `phrases` | get promoted, be promoted, get a promotion, get hired, be hired, get a raise, get an offer, receive an offer, get the job, get a job, land a job, land the job, land a role, be selected, get selected, be chosen, get chosen, be picked, get picked, be accepted, get accepted | the phrases; replaces the list |\n| `extra-phrases` | none | more phrases, added to the list in force |\n\n```yaml\nrules:\n  outside-control:\n    extra-phrases: [win the award, be nominated]\n```\n\n## Silencing\n\nSet `rules: {outside-control: off}` in `.goals.yaml`, add `lint-ignore: [outside-control]` to a note's front matter, or put `<!-- goals-ignore outside-control -->` on the line before the finding.\n"
              }
            },
            {
              "id": "overdue",
              "shortDescription": {
                "text": "an active goal's deadline or an open milestone's due date has passed"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Time-bound"
                ]
              },
              "help": {
                "text": "an active goal's deadline or an open milestone's due date has passed. Run `goals lint --explain overdue` for the page.",
                "markdown": "# overdue\n\nDefault severity: **warning**. Guards: **Time-bound** (SMART).\n\nFinds dates that have passed while the work is still open. It fires on a goal\nnote whose `status` is not `done` or `dropped` and whose `deadline` is before\ntoday (at the `deadline` key); on an open task (`- [ ]` or `- [/]`, not done\nand not cancelled) in such a goal note's body whose 📅 due date is before\ntoday; and, in the sprint under way (its start is on or before today and its\nend on or after it), on every open `Week a-b:` milestone whose due date (its\n📅 date, else the last day of its last week) is before today and every other\nopen task whose 📅 date is before today, at the item's line. A plain milestone\nwithout a checkbox counts as done once it carries a ✅ date. A deadline or due\ndate of today is not overdue. Sprints that have ended are left alone (that is\n`missing-review`'s business), as are the milestones of a goal that is done or\ndropped, and tasks in notes that are not goals or sprints.\n\n## Why\n\nA date that has passed without a decision is a plan that has stopped being\ntrue. Most goals do not fail in one go: they drift a week at a time until the\nquarter is over. Catching the first missed date is the cheap moment to act:\nfinish the work, move the date on purpose, or let the goal go.\n\n## Example\n\nThis note fails (today is 2026-11-22):\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-10-31\nmetric: Certificate of completion and one recorded coaching conversation\n---\n# Finish the Coaching for Engineers course\n\n- [x] Modules 1-6 📅 2026-10-25 ✅ 2026-10-30\n- [ ] Modules 7-8 📅 2026-10-31\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nstatus: active\ndeadline: 2026-12-15\nmetric: Certificate of completion and one recorded coaching conversation\n---\n# Finish the Coaching for Engineers course\n\nMoved the deadline on 2026-11-22: module 7 took three weeks, not one.\n\n- [x] Modules 1-6 📅 2026-10-25 ✅ 2026-10-30\n- [ ] Modules 7-8 📅 2026-12-12\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {overdue: off}` in `.goals.yaml`, add `lint-ignore: [overdue]` to a note's front matter, or put `<!-- goals-ignore overdue -->` on the line before the finding.\n"
              }
            },
            {
              "id": "parent-cycle",
              "shortDescription": {
                "text": "`parent` links among goals and the vision form a cycle"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "graph"
                ]
              },
              "help": {
                "text": "`parent` links among goals and the vision form a cycle. Run `goals lint --explain parent-cycle` for the page.",
                "markdown": "# parent-cycle\n\nDefault severity: **error**. Guards: **graph** (vision → long → medium → short).\n\nFinds `parent` links among goal and vision notes that lead back to where\nthey started: \"A\" names \"B\" as its parent and \"B\" names \"A\", a longer ring,\nor a note that is its own parent. Every note in such a loop gets one\nfinding, at its `parent` link to the next note of the loop, and the message\nspells out the loop (long loops are shortened with `...`). A note whose\nchain only runs into a loop without being part of it gets no finding, and\nthe status of the goals does not matter. Sprints' `parent` links cannot\nform a loop, since no note names a sprint as its parent.\n\n## Why\n\n`parent` links run one way: from a short goal to the longer goal it serves,\nup to the vision. That chain is what answers \"why does this goal matter?\"\nIn a loop the answer is circular: each goal exists for the sake of another\ngoal in the same loop, and none of them reaches a long-term direction. It is\nusually a link written the wrong way round, and `goals` cannot tell which\ngoal is the longer-term one until you fix it.\n\n## Example\n\nThis note fails, because \"Develop coaching and mentoring skills\" has\n`parent: \"[[Lead a team]]\"`, so each goal serves the other:\n\n```markdown\n---\ntype: goal\nhorizon: long\nparent: \"[[Develop coaching and mentoring skills]]\"\ndeadline: 2029-12-31\n---\n# Lead a team\n```\n\nThis passes: the long-term goal points up at the vision, and the medium\ngoal keeps pointing at it.\n\n```markdown\n---\ntype: goal\nhorizon: long\nparent: \"[[My north star]]\"\ndeadline: 2029-12-31\n---\n# Lead a team\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {parent-cycle: off}` in `.goals.yaml`, add `lint-ignore: [parent-cycle]` to a note's front matter, or put `<!-- goals-ignore parent-cycle -->` on the line before the finding.\n"
              }
            },
            {
              "id": "periodic-name-clash",
              "shortDescription": {
                "text": "a sprint note has the name Periodic Notes gives a quarterly note, so a link to it may open either"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "90-day sprints"
                ]
              },
              "help": {
                "text": "a sprint note has the name Periodic Notes gives a quarterly note, so a link to it may open either. Run `goals lint --explain periodic-name-clash` for the page.",
                "markdown": "# periodic-name-clash\n\nDefault severity: **warning**. Guards: **90-day sprints** (a sprint you can link to).\n\nFinds sprint notes that have the name the Periodic Notes plugin gives a\nquarterly note. It fires only when Periodic Notes has quarterly notes\nswitched on, on each sprint whose file name reads back as a quarter in the\nplugin's quarterly format (`2026-Q4` for the default `YYYY-[Q]Q`), and names\nthe quarterly note's path for that quarter. A sprint that *is* that\nquarterly note (the same path) is not a clash.\n\n## Why\n\nObsidian finds a note by its name. With `Sprints/2026-Q4.md` and the\njournal's `Journal/Quarterly/2026-Q4.md` both in the vault, a `[[2026-Q4]]`\nlink from a goal or a review opens whichever is nearer or shorter, and\n\"Open this quarter's note\" may land in the sprint: the plan and the\njournal get mixed up, and goals' `parent`/`sprint` links may point at the\nwrong one. The sprint is what the quarter's goals hang off; give it a name\nof its own.\n\n## Example\n\nWith quarterly notes in `Journal/Quarterly` named `YYYY-[Q]Q`, this note\nfails as `Sprints/2026-Q4.md`:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4 2026\n```\n\nThe same note passes as `Sprints/2026-Q4 Sprint.md`, the name `goals new\nsprint` gives new sprints in such a vault.\n\n## Options\n\nNone. The quarterly format and folder are Periodic Notes' settings\n(`.obsidian/plugins/periodic-notes/data.json`).\n\n## Silencing\n\nSet `rules: {periodic-name-clash: off}` in `.goals.yaml`, add `lint-ignore: [periodic-name-clash]` to a note's front matter, or put `<!-- goals-ignore periodic-name-clash -->` on the line before the finding.\n"
              }
            },
            {
              "id": "skipped-symlink",
              "shortDescription": {
                "text": "a symbolic link that leaves the vault, loops or dangles was skipped"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a symbolic link that leaves the vault, loops or dangles was skipped. Run `goals lint --explain skipped-symlink` for the page.",
                "markdown": "# skipped-symlink\n\nDefault severity: **info**. Guards: **vault** (finding notes).\n\nFinds symbolic links in the vault that `goals` does not follow: a link\nwhose target lies outside the vault folder, and a link that does not\nresolve at all (its target is missing, or it points at itself or into a\nloop). Each is reported once, for the link's own path, and what it points\nat is left out of the run. Links whose target is inside the vault are\nfollowed: a linked note is read under the link's name, and a linked folder\nthat is already part of the vault (such as `root -> .`) is quietly read only\nonce. Folders and files whose names start with a dot, such as `.obsidian`\nand `.git`, are never looked at.\n\n## Why\n\nA vault is one folder, and the plan in it should not change because of\nwhat happens to sit elsewhere on the disk. Following links out of the vault\ncould read a whole home folder (or loop forever), and the notes found there\nare ones Obsidian's own view of the vault may not show either. Reporting the\nskipped link, as information, tells you why a note you expected is missing.\n\n## Example\n\nThis vault gets two findings:\n\n```text\nCareer/\n  .obsidian/\n  Goals/\n  Shared goals -> ../team-wiki/Goals\n  Old plan.md -> Archive/Old plan.md   (Archive/ was deleted)\n```\n\nThis passes: the shared notes are copied into the vault (or the vault is\nopened one folder higher, so that they are inside it), and the dangling\nlink is removed.\n\n```text\nCareer/\n  .obsidian/\n  Goals/\n  Shared goals/\n```\n\n## Options\n\nNone. The shared `ignore` setting leaves chosen paths out of the scan\naltogether.\n\n## Silencing\n\nSet `rules: {skipped-symlink: off}` in `.goals.yaml` (or pass `--ignore skipped-symlink`). A symlink is not a note, so it has no front matter for `lint-ignore` and no line for a `<!-- goals-ignore skipped-symlink -->` comment; to stop scanning it, add its path to `ignore:` in `.goals.yaml`.\n"
              }
            },
            {
              "id": "sprint-dates",
              "shortDescription": {
                "text": "a sprint's dates are missing or invalid, its length is not about 90 days, or it overlaps another sprint"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "90-day sprints"
                ]
              },
              "help": {
                "text": "a sprint's dates are missing or invalid, its length is not about 90 days, or it overlaps another sprint. Run `goals lint --explain sprint-dates` for the page.",
                "markdown": "# sprint-dates\n\nDefault severity: **warning**. Guards: **90-day sprints**.\n\nChecks every sprint note's dates. A sprint takes its `start` and `end` from\nthose keys, else from its `quarter` (`YYYY-Qn`), else from a file name such as\n`2026-Q4`. The rule fires when a sprint has no start or end date that way (an\ninvalid date counts as none), when it ends before it starts, when its length\n(from start to end, both days included) is outside `sprint-length` (80 to 100\ndays by default), or when it overlaps another sprint. For an overlap, sprints\nare ordered by start date and the later one is reported, naming the earlier\none it runs into. The finding points at the `start`, `end` or `quarter` key\nconcerned, otherwise at the note's `type` key. Ended sprints are checked too.\n\n## Why\n\nThe quarterly sprint works because it is short and fixed: about 90 days is\nlong enough to finish something real and short enough that the end is always\nin sight. A sprint with no dates has no end to plan toward, a much longer one\nbrings back the far-away feeling of annual goals, and two sprints at once\nsplit attention the way too many goals do.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: sprint\nstart: 2026-10-01\nend: 2027-03-31\ngoals:\n  - \"[[Mentor 2 junior engineers]]\"\n---\n# Autumn and winter sprint\n```\n\nThis passes:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\nstart: 2026-10-01\nend: 2026-12-31\ngoals:\n  - \"[[Mentor 2 junior engineers]]\"\n---\n# Q4 2026 career sprint\n```\n\n## Options\n\nNone. It uses the shared setting `sprint-length` (default 80 to 100 days):\n\n```yaml\nsprint-length: {min: 56, max: 70}\n```\n\n## Silencing\n\nSet `rules: {sprint-dates: off}` in `.goals.yaml`, add `lint-ignore: [sprint-dates]` to a note's front matter, or put `<!-- goals-ignore sprint-dates -->` on the line before the finding.\n"
              }
            },
            {
              "id": "stale-goal",
              "shortDescription": {
                "text": "an active goal has not been reviewed for more than 90 days"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "mistake 5: never revising"
                ]
              },
              "help": {
                "text": "an active goal has not been reviewed for more than 90 days. Run `goals lint --explain stale-goal` for the page.",
                "markdown": "# stale-goal\n\nDefault severity: **info**. Guards: **mistake 5**, never revising a goal.\n\nFinds open goals nobody has looked at for a long time. It fires on a goal\nnote whose `status` is not `done` or `dropped` when its `reviewed` date (or\nits alias `updated`) is more than `stale-after-days` (90 by default) days\nbefore today, at the `reviewed` key. A goal reviewed exactly 90 days ago is\nnot stale yet; 91 days is. A goal with no `reviewed` date gets no finding.\n\n## Why\n\nPlans are made with what you knew at the time, and that changes: a\nreorganisation, a new interest, an opening nobody expected. A goal that is\nnever looked at again is either followed out of habit after it stopped making\nsense, or silently abandoned. Revisiting it every quarter, and writing down\nthe day you did, keeps it a choice rather than a leftover.\n\n## Example\n\nThis note fails (today is 2026-11-22):\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-06-30\nmetric: 6 engineering managers outside my company I can ask for advice\nreviewed: 2026-05-01\n---\n# Build a network of engineering managers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-06-30\nmetric: 6 engineering managers outside my company I can ask for advice\nreviewed: 2026-11-20\n---\n# Build a network of engineering managers\n```\n\n## Options\n\nNone. It uses the shared setting `stale-after-days` (default 90):\n\n```yaml\nstale-after-days: 60\n```\n\n## Silencing\n\nSet `rules: {stale-goal: off}` in `.goals.yaml`, add `lint-ignore: [stale-goal]` to a note's front matter, or put `<!-- goals-ignore stale-goal -->` on the line before the finding.\n"
              }
            },
            {
              "id": "table-too-large",
              "shortDescription": {
                "text": "a table is too large to read as a table"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a table is too large to read as a table. Run `goals lint --explain table-too-large` for the page.",
                "markdown": "# table-too-large\n\nDefault severity: **warning**. Guards: **vault** (reading notes).\n\nFinds a Markdown table that would cost the parser more than linear time or\na lot of memory, and reads it as plain text: links, tags and tasks in it\nare still found, only the table structure is lost. Other tables of the note\nare still read as tables. A table is read as plain text when:\n\n- **it brings the note's tables over 200,000 cells**, counted as the columns\n  of its `|---|` row times its rows (the header row and every line up to the\n  next blank line or heading), added up over the note's tables in order;\n- **a line of it, or of the paragraph it starts after, holds more than 256\n  cells** (split at its unescaped `|`, an outer one on either side not counted);\n- **its header row ends a paragraph of more than 100 lines** (or one whose\n  bytes times lines pass 4 MiB) with no blank line before it: the parser\n  re-reads that whole paragraph for every `|---|` row it meets.\n\nIt is reported at the table's header row, once per kind; the message says\nhow many more tables were read as plain text for the same reason.\n\n## Why\n\nTables this size come from pasted exports, not from plans, and laying one\nout as a table costs the Markdown parser more time and memory than the rest\nof a vault. Reading the note as text keeps every link and task while\nkeeping the run fast.\n\n## Example\n\nThis note fails (a 1,001-column table):\n\n```markdown\n# Ticket export\n\n| id | title | … 999 more columns |\n|---|---|…|\n| 4521 | Retry storm | … |\n…\n```\n\nThis passes: the export lives in a CSV attachment, and the note links it.\n\n```markdown\n# Ticket export\n\nThe raw data is in ![[tickets-2026-11.csv]]; the three tickets that matter\nfor my goals are [[Retry storm]], [[Rate limits]] and [[Queue backlog]].\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {table-too-large: off}` in `.goals.yaml`, add `lint-ignore: [table-too-large]` to a note's front matter, or put `<!-- goals-ignore table-too-large -->` on the line before the finding. The tables are still read as plain text.\n"
              }
            },
            {
              "id": "too-many-goals",
              "shortDescription": {
                "text": "a sprint holds more goals than the maximum (3)"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "mistake 1: too many goals"
                ]
              },
              "help": {
                "text": "a sprint holds more goals than the maximum (3). Run `goals lint --explain too-many-goals` for the page.",
                "markdown": "# too-many-goals\n\nDefault severity: **error**. Guards: **mistake 1**, too many goals at once.\n\nFinds sprints that try to do too much. It fires once on a sprint that has not\nended when it holds more goals than `max-goals-per-sprint` (3 by default), at\nthe first goal over the limit: its `Goal N:` heading, or its link in `goals`\nwhen it has no heading. Goals are counted once however they are listed\n(front-matter `goals` and `Goal N:` headings are merged), in the order of the\nfront matter first and then the headings. A goal whose note is `dropped` gives\nits slot back; a slot left blank on purpose (`## Goal 3: [intentionally left\nblank]`) is not a goal. Sprints that have ended are history and never fire.\n\n## Why\n\nAttention is the scarce part of a quarter. With four or five goals each one\ngets a sliver of it and the quarter ends with several half-finished things\ninstead of one or two finished ones. Three is already the upper end; one or two\nwell-chosen goals usually go further.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\nparent: \"[[Become a product manager at a mid-size tech company]]\"\n---\n# Q4 2026 career sprint\n\n## Goal 1: [[Complete the Google Project Management Certificate]]\n## Goal 2: [[Attend 2 local product management meetups]]\n## Goal 3: [[Lead a small internal project]]\n## Goal 4: Read two product management books\n```\n\nThis passes:\n\n```markdown\n---\ntype: sprint\nquarter: 2026-Q4\nparent: \"[[Become a product manager at a mid-size tech company]]\"\n---\n# Q4 2026 career sprint\n\n## Goal 1: [[Complete the Google Project Management Certificate]]\n## Goal 2: [[Lead a small internal project]]\n## Goal 3: [intentionally left blank -- the books wait for Q1]\n```\n\n## Options\n\nNone. It uses the shared setting `max-goals-per-sprint` (default 3):\n\n```yaml\nmax-goals-per-sprint: 2\n```\n\n## Silencing\n\nSet `rules: {too-many-goals: off}` in `.goals.yaml`, add `lint-ignore: [too-many-goals]` to a note's front matter, or put `<!-- goals-ignore too-many-goals -->` on the line before the finding.\n"
              }
            },
            {
              "id": "unanswered-review",
              "shortDescription": {
                "text": "a review note leaves a question without an answer"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "quarterly review"
                ]
              },
              "help": {
                "text": "a review note leaves a question without an answer. Run `goals lint --explain unanswered-review` for the page.",
                "markdown": "# unanswered-review\n\nDefault severity: **warning**. Guards: **quarterly review** (the review questions).\n\nFinds questions left empty in review notes (`type: review`, a `classify`\nrule's reviews, or Periodic Notes' notes read as reviews; any cadence).\nIn a review, every heading that has no subheadings is a question, whatever\nits wording; the answer is everything between the heading and the next\nheading. The note's H1 title (its first heading, when that is a level-1\nheading) is never a question, and a heading followed by deeper headings only\ngroups the questions below it. A question is unanswered when nothing but\nblank lines, comments (`<!-- … -->`, `%% … %%`), empty list items (`- `,\n`- [ ]`) or a `---` rule stands before the next heading; any word, link,\ntable, quote or code block counts as an answer. The finding points at the\nquestion's heading. Notes of any other type may have empty headings. In a\nperiodic note (a weekly note of Periodic Notes read as a review) only the\nquestions inside its `## Weekly review` (`Monthly`, `Quarterly`) section\ncount, the section `goals review` adds; the rest of the note is your\njournal, and a periodic note without that section asks nothing.\n\n## Why\n\nA goal without check-ins is only a wish: the review is the moment you look\nat what you meant to do, what happened, and what comes next. A question you\nskip is usually the one that would have told you something, such as what got\nin the way or which priorities you quietly dropped. A short honest answer,\neven \"nothing changed\", keeps the habit alive and leaves a record you can\nlook back on next quarter.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: review\ncadence: weekly\nsprint: \"[[2026-Q4]]\"\ndate: 2026-11-22\n---\n# Week 47\n\n## How am I doing against my goals?\n\nMentoring milestone done; planning draft due Wednesday.\n\n## Which tasks and priorities did I change?\n\n## What small wins can I celebrate?\n\nBoth mentees now have a written growth area.\n```\n\nThis passes:\n\n```markdown\n---\ntype: review\ncadence: weekly\nsprint: \"[[2026-Q4]]\"\ndate: 2026-11-22\n---\n# Week 47\n\n## How am I doing against my goals?\n\nMentoring milestone done; planning draft due Wednesday.\n\n## Which tasks and priorities did I change?\n\nNothing changed: the plan from last week still holds.\n\n## What small wins can I celebrate?\n\nBoth mentees now have a written growth area.\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {unanswered-review: off}` in `.goals.yaml`, add `lint-ignore: [unanswered-review]` to a note's front matter, or put `<!-- goals-ignore unanswered-review -->` on the line before the finding.\n"
              }
            },
            {
              "id": "unfilled-placeholder",
              "shortDescription": {
                "text": "a sprint or goal note keeps template text nobody filled in"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Specific"
                ]
              },
              "help": {
                "text": "a sprint or goal note keeps template text nobody filled in. Run `goals lint --explain unfilled-placeholder` for the page.",
                "markdown": "# unfilled-placeholder\n\nDefault severity: **warning**. Guards: **Specific** (SMART).\n\nFinds template text nobody filled in, in sprint and goal notes. It fires:\n\n- on each task, and each `Week a-b:` item, whose text is only a placeholder:\n  once its `Week a-b:` label and its Tasks-plugin fields (`📅 2027-01-31`, or a\n  bare `📅` whose date was never written) are set aside, nothing is left but\n  `…` or `...`, bracketed hints such as `[describe the milestone]` or\n  `<milestone>`, comments (`%% ... %%`, `<!-- ... -->`), dashes and separators, or\n  nothing at all. `goals new sprint` writes its milestones as\n  `- [ ] Week 1-4: … 📅 2027-01-31`, so a fresh sprint fires once per\n  milestone until you write them;\n- on a `Goal N:` heading whose title is only a bracketed remark, such as the\n  `(name the goal, or link its note)` that `goals new sprint` writes when no\n  goal is given, when list items stand right under it.\n\nSprints that have ended and goals that are `done` or `dropped` never fire:\nthey are history.\n\nText with any word of its own is a plan and never fires: `Draft plan... then\nreview`, `[[Course notes]]`, `[the talk](https://example.com)` and\n`(ask Sam)` all pass. A blank goal section kept on purpose,\n`## Goal 3: [intentionally left blank -- fewer goals, more focus]` with\nnothing under it, passes too. An empty `Success metric:`, or one that is only\na hint (`Success metric: [a number]`), is left to `no-metric`, which reports it.\n\nA placeholder counts for nothing anywhere else either: it is no milestone in\nprogress (`status`, `report`, `show`), in the report's tables and gantt, in\n`export ics`, in `wins`, in \"due this week\" or in `overdue`; and a sprint goal\nwhose milestones are all placeholders is reported here rather than by\n`no-weekly-plan`.\n\n## Why\n\nA template line left as it was looks like a plan and is not one. Counted as a\nmilestone it makes progress read \"1/6, 17%\" when one real step is done out of\ntwo, puts tasks named \"…\" in the gantt and the calendar, and gives a week\nnothing to aim at. The SMART letter is Specific: a placeholder says nothing\nabout what will be done. A milestone is only checkable once it names the step\nand its date.\n\n## Example\n\nThis sprint fails three times: Goal 1's second milestone, Goal 2's heading\nand Goal 2's milestone:\n\n```markdown\n---\ntype: sprint\nquarter: 2027-Q1\n---\n# Q1 2027 career sprint\n\n## Goal 1: [[Finish the Coaching for Engineers course]]\n- [ ] Week 1-4: Modules 1-4 📅 2027-01-28\n- [ ] Week 5-8: … 📅 2027-02-25\n- Success metric: Course certificate received\n\n## Goal 2: (name the goal, or link its note)\n- [ ] Week 1-4: … 📅 2027-01-28\n\n## Goal 3: [intentionally left blank -- fewer goals, more focus]\n```\n\nThis passes:\n\n```markdown\n---\ntype: sprint\nquarter: 2027-Q1\n---\n# Q1 2027 career sprint\n\n## Goal 1: [[Finish the Coaching for Engineers course]]\n- [ ] Week 1-4: Modules 1-4 📅 2027-01-28\n- [ ] Week 5-8: Modules 5-6 and one practice session 📅 2027-02-25\n- Success metric: Course certificate received\n\n## Goal 2: [intentionally left blank -- fewer goals, more focus]\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {unfilled-placeholder: off}` in `.goals.yaml`, add `lint-ignore: [unfilled-placeholder]` to a note's front matter, or put `<!-- goals-ignore unfilled-placeholder -->` on the line before the finding.\n"
              }
            },
            {
              "id": "unquoted-link",
              "shortDescription": {
                "text": "a link in a property is not in quotes, so YAML reads it as a nested list"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a link in a property is not in quotes, so YAML reads it as a nested list. Run `goals lint --explain unquoted-link` for the page.",
                "markdown": "# unquoted-link\n\nDefault severity: **warning**. Guards: **vault** (note properties).\n\nFinds a wiki-link written without quotes as a property value, such as\n`parent: [[Move into engineering management]]` or a `- [[Mentor 2 junior\nengineers]]` item in a `goals` list. YAML reads the brackets as a list\ninside a list, not as text; Obsidian then shows no link. It is reported at\nthe link, for any property of any note. `goals` still reads the link in\n`parent`, `goals` and `sprint` (and as text in `accountability`), so the\ngoal graph is right, but the note is not what Obsidian sees. Quoted links\n(`\"[[…]]\"` or `'[[…]]'`), plain text and ordinary YAML lists such as\n`tags: [career, growth]` are fine, as is any link in the note's body.\n\n## Why\n\nLinks in properties are how a goal says which longer goal it serves and who\nholds you to it. Obsidian only treats a property value as a link when it is\na quoted string; unquoted, the link disappears from the graph view and the\nbacklinks, and Dataview sees a nested list. Two quote marks fix it.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: short\nparent: [[Move into engineering management]]\naccountability: [[Priya Natarajan]]\ndeadline: 2026-12-31\n---\n# Mentor 2 junior engineers\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: short\nparent: \"[[Move into engineering management]]\"\naccountability: \"[[Priya Natarajan]]\"\ndeadline: 2026-12-31\n---\n# Mentor 2 junior engineers\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {unquoted-link: off}` in `.goals.yaml`, add `lint-ignore: [unquoted-link]` to a note's front matter, or put `<!-- goals-ignore unquoted-link -->` on the line before the finding. (The finding is in the front matter, where a comment cannot go, so in practice it is `lint-ignore` or the config.)\n"
              }
            },
            {
              "id": "unreadable",
              "shortDescription": {
                "text": "a file or folder in the vault cannot be read"
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a file or folder in the vault cannot be read. Run `goals lint --explain unreadable` for the page.",
                "markdown": "# unreadable\n\nDefault severity: **error**. Guards: **vault** (reading notes).\n\nFinds files and folders in the vault that cannot be read. A note that\ncannot be opened or read (no permission, removed while the run was going,\nan I/O error) is reported for the whole file and left out of the run. A\nfolder that cannot be listed is reported the same way, and the files in it\nare left out. The rarer failures — running out of memory while\nreading a note or scanning the vault — are reported the same way, with the\nreason, so a failure never looks like a clean vault.\n\n## Why\n\nEvery other check trusts that it has seen the whole plan. A goal note that\ncould not be read is not \"missing a deadline\", it is missing altogether, and\nits children look orphaned. Saying which file could not be read, and why,\nturns a confusing set of findings into one permission to fix.\n\n## Example\n\nThis fails: `Goals/Mentor 2 junior engineers.md` belongs to another user\nand is not readable by you (`-rw------- root`).\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Mentor 2 junior engineers\n```\n\nThis passes: the same note, readable by you (`chmod u+r`, or `chown` it to\nyourself).\n\n```markdown\n---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Mentor 2 junior engineers\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {unreadable: off}` in `.goals.yaml` (or pass `--ignore unreadable`). A file that cannot be read has no front matter for `lint-ignore` and no line for a `<!-- goals-ignore unreadable -->` comment; to leave a file or folder out for good, add it to `ignore:` in `.goals.yaml`.\n"
              }
            },
            {
              "id": "unresolved-link",
              "shortDescription": {
                "text": "a link or embed in a note's body matches no note or file"
              },
              "defaultConfiguration": {
                "level": "note"
              },
              "properties": {
                "tags": [
                  "vault"
                ]
              },
              "help": {
                "text": "a link or embed in a note's body matches no note or file. Run `goals lint --explain unresolved-link` for the page.",
                "markdown": "# unresolved-link\n\nDefault severity: **info**. Guards: **vault** (links between notes).\n\nFinds links and embeds in a note's body that match no note or file in the\nvault: wiki-links (`[[Note]]`, `[[Note#Heading]]`, `[[Note|text]]`),\nembeds (`![[picture.png]]`) and Markdown links to local files\n(`[text](Folder/My%20Note.md)`). Each is reported at the link. A link is\nlooked up exactly as Obsidian does (letter case ignored, `.md` optional for\nnotes; see docs/vault-format.md), and only its note or file part counts: a\n`#heading` or `#^block` that does not exist is not reported. Not reported\neither: `[[#Heading]]` (the note itself), links with a scheme such as\n`https://` or `mailto:`, and anything in code, comments or math, which is\nnot a link at all. Links in `parent`, `goals` and `sprint` are\n`broken-relation`'s business.\n\n## Why\n\nObsidian lets you link a note before it exists, and many people keep such\nlinks on purpose as a list of notes still to write, so this is only\ninformation. Still, a link that leads nowhere is often a typo or a note that\nwas renamed outside Obsidian, and the plan it was meant to point at is then\nout of reach. Seeing the list now and then keeps the vault's links honest.\n\n## Example\n\nThis note fails (there is no note \"Manager README\"):\n\n```markdown\n# 2026-11-18\n\n1:1 with [[Marcus Oyelaran|Marcus]]. He suggested I write a\n[[Manager README]] before the acting role reaches its second quarter.\n```\n\nThis passes (the note exists, or the link is plain text until it does):\n\n```markdown\n# 2026-11-18\n\n1:1 with [[Marcus Oyelaran|Marcus]]. He suggested I write a\nManager README before the acting role reaches its second quarter.\n```\n\n## Options\n\nNone.\n\n## Silencing\n\nSet `rules: {unresolved-link: off}` in `.goals.yaml`, add `lint-ignore: [unresolved-link]` to a note's front matter, or put `<!-- goals-ignore unresolved-link -->` on the line before the finding.\n"
              }
            },
            {
              "id": "vague-goal",
              "shortDescription": {
                "text": "a goal's title is vague: no deliverable, number or named role"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "Specific"
                ]
              },
              "help": {
                "text": "a goal's title is vague: no deliverable, number or named role. Run `goals lint --explain vague-goal` for the page.",
                "markdown": "# vague-goal\n\nDefault severity: **warning**. Guards: **Specific** (SMART).\n\nFinds goal titles that say what you hope for but not what you will do. A title\nis vague when it contains a vague phrase (\"get better\", \"improve\", \"grow\",\n\"advance my career\", \"read more\", …) or a time word (\"soon\", \"someday\",\n\"eventually\", \"one day\", …) and has nothing concrete to hold on to: no digit,\nno number word (\"two\", \"a couple\"), no deliverable (\"certification\", \"course\",\n\"talk\", \"case study\", \"project\", …) and no named thing. A named thing is a word\nafter the first that starts with a capital (\"Engineering Manager\", \"Google\"),\nor an acronym (\"AWS\", \"UX\"); in a title written in Title Case or all in\ncapitals the capitals name nothing, and neither does \"I\". Words that belong to\na time word are not numbers: \"one day\" is vague. Matching ignores case, works\non whole words and accepts simple inflections, so \"Improving my writing\" and\n\"Getting better at estimates\" count, but \"growth\" is not \"grow\". It checks\ngoal notes whose `status` is not `done` or `dropped`, at the title (the `title`\nkey, else the first `# heading`, else the `type` key when the title is the file\nname), and the inline goals (plain-text `Goal N:` headings) of sprints that\nhave not ended, at the heading. Long-term goals are not checked: a 3-5 year\ndirection is allowed to be broad, because it will change as you learn; the\nshort and medium goals under it are where the precision belongs. A sprint goal\nthat links a goal note is checked at that note.\n\n## Why\n\nA vague goal gets vague effort. \"Get better at leadership\" cannot tell you what\nto do on Monday, or whether last month counted as progress, so it drifts while\nthe week's work takes over. Naming the deliverable, how many and a named role or\ncertification turns the wish into something you can start, track and finish.\n\n## Example\n\nThis note fails:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\n---\n# Get better at leadership\n```\n\nThis passes:\n\n```markdown\n---\ntype: goal\nhorizon: medium\nstatus: active\nparent: \"[[Move into engineering management]]\"\ndeadline: 2027-06-30\nmetric: Two quarters as acting tech lead, with written feedback from the team\n---\n# Serve as acting tech lead for two quarters\n```\n\n## Options\n\n| option | default | meaning |\n|---|---|---|\n| `phrases` | advance my career, advance in my career, get a better job, better job, improve, grow, be better, get better, do better, become better, read more, network more, learn more, work on, develop myself, level up, upskill, get ahead, step up | the vague phrases; replaces the list |\n| `extra-phrases` | none | more vague phrases, added to the list in force |\n| `time-words` | soon, someday, some day, sometime, eventually, one day, at some point, in the future, in the near future, before long | the time words; replaces the list |\n| `extra-time-words` | none | more time words |\n| `concrete-words` | certification, certificate, course, degree, diploma, exam, bootcamp, talk, presentation, workshop, article, blog post, paper, case study, portfolio, project, prototype, demo, app, website, design doc, podcast, video, thesis, patent, license, licence | deliverables that make a title concrete; replaces the list |\n| `extra-concrete-words` | none | more deliverables |\n\nWrite each phrase in its base form; inflections match by themselves. Digits,\nnumber words (one to twelve, twenty … fifty, hundred, thousand, dozen, couple)\nand named things always count as concrete.\n\n```yaml\nrules:\n  vague-goal:\n    extra-phrases: [be more visible, get exposure]\n    extra-concrete-words: [runbook]\n```\n\n## Silencing\n\nSet `rules: {vague-goal: off}` in `.goals.yaml`, add `lint-ignore: [vague-goal]` to a note's front matter, or put `<!-- goals-ignore vague-goal -->` on the line before the finding.\n"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "unresolved-link",
          "level": "note",
          "message": {
            "text": "link [[Manager README]] matches no note or file in the vault. Create the note \"Manager README\" (clicking the link in Obsidian does) or fix the link's spelling."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Daily/2026-11-18.md"
                },
                "region": {
                  "startLine": 9,
                  "startColumn": 1,
                  "endLine": 9,
                  "endColumn": 19
                }
              }
            }
          ],
          "ruleIndex": 30
        },
        {
          "ruleId": "stale-goal",
          "level": "note",
          "message": {
            "text": "goal \"Build a network of engineering managers\" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days. Read the goal again, change what no longer fits, and set `reviewed:` to today's date."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Build%20a%20network%20of%20engineering%20managers.md"
                },
                "region": {
                  "startLine": 11,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 23
        },
        {
          "ruleId": "overdue",
          "level": "warning",
          "message": {
            "text": "goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago. Finish it, move `deadline` to a new date and write down why, or set `status: done` or `status: dropped`."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Finish%20the%20Coaching%20for%20Engineers%20course.md"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 18
        },
        {
          "ruleId": "no-deadline",
          "level": "warning",
          "message": {
            "text": "goal \"Get better at leadership\" has no deadline. Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Get%20better%20at%20leadership.md"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 11
        },
        {
          "ruleId": "no-metric",
          "level": "warning",
          "message": {
            "text": "goal \"Get better at leadership\" has no metric: nothing says how you will know it is done. Add `metric:` with the number that will show it is done, e.g. \"6 logged mentoring sessions\"."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Get%20better%20at%20leadership.md"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 12
        },
        {
          "ruleId": "vague-goal",
          "level": "warning",
          "message": {
            "text": "goal \"Get better at leadership\" is vague: it says \"Get better\" but names no deliverable, number or role. Say what you will deliver, how many and by when, e.g. \"Run 6 one-to-ones with my two mentees and finish the Coaching for Engineers course by 2027-03-31\"."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Get%20better%20at%20leadership.md"
                },
                "region": {
                  "startLine": 12,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 31
        },
        {
          "ruleId": "outside-control",
          "level": "warning",
          "message": {
            "text": "goal \"Get promoted to Engineering Manager\" rests on someone else's decision: \"Get promoted\". Reframe it as the actions within your control, e.g. \"Complete the three requirements for promotion\"."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Get%20promoted%20to%20Engineering%20Manager.md"
                },
                "region": {
                  "startLine": 14,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 17
        },
        {
          "ruleId": "orphan-goal",
          "level": "warning",
          "message": {
            "text": "goal \"Give a talk at the internal engineering summit\" has no parent: nothing ties it to a long-term goal or the vision. Add `parent:` with the long-term goal it moves you toward, e.g. `parent: \"[[Move into engineering management]]\"`."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Goals/Give%20a%20talk%20at%20the%20internal%20engineering%20summit.md"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 16
        },
        {
          "ruleId": "unanswered-review",
          "level": "warning",
          "message": {
            "text": "question \"Which tasks and priorities did I change?\" has no answer. Write a sentence or two under the heading; even \"nothing changed\" is an answer."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Reviews/2026-W47.md"
                },
                "region": {
                  "startLine": 17,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 26
        },
        {
          "ruleId": "overdue",
          "level": "warning",
          "message": {
            "text": "milestone \"Week 4-5: Modules 7-8 and the recorded coaching conversation\" of goal \"Finish the Coaching for Engineers course\" was due 2026-10-31, 22 days ago. Mark it done if it is, or move its 📅 date and rework the weeks after it."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/engineering-manager/Sprints/2026-Q4.md"
                },
                "region": {
                  "startLine": 33,
                  "startColumn": 1
                }
              }
            }
          ],
          "ruleIndex": 18
        }
      ]
    }
  ]
}
