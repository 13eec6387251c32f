$ goals lint --explain too-many-goals
? 0
--- stdout
# too-many-goals

Default severity: **error**. Guards: **mistake 1**, too many goals at once.

Finds sprints that try to do too much. It fires once on a sprint that has not
ended when it holds more goals than `max-goals-per-sprint` (3 by default), at
the first goal over the limit: its `Goal N:` heading, or its link in `goals`
when it has no heading. Goals are counted once however they are listed
(front-matter `goals` and `Goal N:` headings are merged), in the order of the
front matter first and then the headings. A goal whose note is `dropped` gives
its slot back; a slot left blank on purpose (`## Goal 3: [intentionally left
blank]`) is not a goal. Sprints that have ended are history and never fire.

## Why

Attention is the scarce part of a quarter. With four or five goals each one
gets a sliver of it and the quarter ends with several half-finished things
instead of one or two finished ones. Three is already the upper end; one or two
well-chosen goals usually go further.

## Example

This note fails:

```markdown
---
type: sprint
quarter: 2026-Q4
parent: "[[Become a product manager at a mid-size tech company]]"
---
# Q4 2026 career sprint

## Goal 1: [[Complete the Google Project Management Certificate]]
## Goal 2: [[Attend 2 local product management meetups]]
## Goal 3: [[Lead a small internal project]]
## Goal 4: Read two product management books
```

This passes:

```markdown
---
type: sprint
quarter: 2026-Q4
parent: "[[Become a product manager at a mid-size tech company]]"
---
# Q4 2026 career sprint

## Goal 1: [[Complete the Google Project Management Certificate]]
## Goal 2: [[Lead a small internal project]]
## Goal 3: [intentionally left blank -- the books wait for Q1]
```

## Options

None. It uses the shared setting `max-goals-per-sprint` (default 3):

```yaml
max-goals-per-sprint: 2
```

## Silencing

Set `rules: {too-many-goals: off}` in `.goals.yaml`, add `lint-ignore: [too-many-goals]` to a note's front matter, or put `<!-- goals-ignore too-many-goals -->` on the line before the finding.
