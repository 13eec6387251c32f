$ goals --vault examples/product-manager --today 2026-11-22 lint
? 1
--- stdout
Sprints/2026-Q4.md:33:1: error: sprint "2026-Q4" holds 4 goals; at most 3 keep a quarter focused [too-many-goals]
 33 | ## Goal 4: Read two product management books
    | ^
  help: Pick the 1-3 goals that matter most and move the rest to a later sprint; a slot left blank on purpose is fine.

Sprints/2026-Q4.md:34:1: warning: milestone "Week 1-6: Read "Inspired"" of goal "Read two product management books" was due 2026-11-11, 11 days ago [overdue]
 34 | - Week 1-6: Read "Inspired"
    | ^
  help: Mark it done if it is, or move its 📅 date and rework the weeks after it.

1 error, 1 warning in 1 note
