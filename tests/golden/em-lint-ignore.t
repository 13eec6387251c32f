$ goals --vault examples/engineering-manager --today 2026-11-22 lint --ignore vague-goal,no-metric,no-deadline,overdue,orphan-goal,outside-control,unanswered-review
? 0
--- stdout
Daily/2026-11-18.md:9:1: info: link [[Manager README]] matches no note or file in the vault [unresolved-link]
 9 | [[Manager README]] before the acting role gets to its second quarter, so the
   | ^~~~~~~~~~~~~~~~~~
  help: Create the note "Manager README" (clicking the link in Obsidian does) or fix the link's spelling.

Goals/Build a network of engineering managers.md:11:1: info: goal "Build a network of engineering managers" was last reviewed 2026-05-01, 205 days ago; goals go stale after 90 days [stale-goal]
 11 | reviewed: 2026-05-01
    | ^
  help: Read the goal again, change what no longer fits, and set `reviewed:` to today's date.

2 infos in 2 notes
